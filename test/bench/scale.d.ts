/** A guide with `items` steps, sub-steps and questions, each with a paragraph and a list. */
export function generateGuide(items: number): string;
export function runScaleBench(): void;
