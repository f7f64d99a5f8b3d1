// Loaded with `node --import` by tests that need a fixed "today": Date starts at STEPWISE_TEST_NOW
// and runs on from there, so timers and durations still behave. The app itself has no test hook.
const start = Date.parse(process.env.STEPWISE_TEST_NOW ?? '');
if (!Number.isNaN(start)) {
  const RealDate = Date;
  const offset = start - RealDate.now();
  class FixedDate extends RealDate {
    constructor(...args) {
      if (args.length === 0) super(RealDate.now() + offset);
      else super(...args);
    }
    static now() {
      return RealDate.now() + offset;
    }
  }
  globalThis.Date = FixedDate;
}
