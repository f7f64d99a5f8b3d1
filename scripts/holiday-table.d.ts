export const FIRST_YEAR: number;
export const LAST_YEAR: number;
export function holidaySource(): string;
export function holidayTable(only?: readonly string[]): unknown;
