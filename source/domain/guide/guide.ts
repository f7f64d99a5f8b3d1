/** The typed model of one guide, as the parser produces it and every other layer reads it. */

export type Inline = {
  readonly text: string;
  readonly bold?: boolean;
  readonly italic?: boolean;
  readonly code?: boolean;
  /** Struck through (GitHub's ~~text~~). */
  readonly strike?: boolean;
  readonly href?: string;
};

export type CellAlign = 'left' | 'right' | 'center' | null;

export type Block =
  | { readonly kind: 'paragraph'; readonly spans: readonly Inline[] }
  | { readonly kind: 'heading'; readonly spans: readonly Inline[] }
  | {
      readonly kind: 'list';
      readonly ordered: boolean;
      readonly start: number;
      /** A tight list has no blank lines between or inside its items. */
      readonly tight: boolean;
      readonly items: readonly (readonly Block[])[];
      /** A task list's boxes, item by item: checked, unchecked, or none (a plain item). */
      readonly tasks?: readonly (boolean | null)[];
    }
  | {
      readonly kind: 'table';
      readonly align: readonly CellAlign[];
      /** The header row first, then the body rows; each cell is a line of text. */
      readonly rows: readonly (readonly (readonly Inline[])[])[];
    }
  | { readonly kind: 'quote'; readonly blocks: readonly Block[] }
  | { readonly kind: 'code'; readonly text: string }
  | { readonly kind: 'rule' };

/** Markdown source of a part of the guide, with its rendered form. */
export type Body = {
  readonly markdown: string;
  readonly blocks: readonly Block[];
};

export type WaitUnit = 'business-days' | 'days' | 'weeks';

export type Wait = {
  readonly min: number;
  readonly max: number;
  readonly unit: WaitUnit;
  /** As the author wrote it, for display. */
  readonly text: string;
  /** The step or sub-step to turn to when the wait runs out (`then:` in the guide). */
  readonly then?: string;
  /**
   * The items that end the wait when one of them is done (`until:` in the guide; by default the
   * next sub-step of the same step, such as "the letter arrived"). A wait also ends when every
   * item on the person's way is done.
   */
  readonly until?: readonly string[];
  /** What is waited for, in a few words ("your PIN mailer", `expect:` in the guide). */
  readonly expect?: string;
};

export type Route = { readonly id: string; readonly label: string };

export type SubStep = {
  readonly id: string;
  /** Display number such as "2.1", derived from order. */
  readonly number: string;
  readonly title: string;
  readonly body: Body;
  readonly wait?: Wait;
  /** What to have at hand before starting (`needs:` in the guide). */
  readonly needs?: readonly string[];
  /** Words people may type for it that its text lacks, for search (`keywords:`). */
  readonly keywords?: readonly string[];
  readonly line: number;
  /** Shown in the original's words: the translation being read lacks it (translation.ts). */
  readonly untranslated?: boolean;
};

export type Step = {
  readonly id: string;
  readonly number: string;
  readonly title: string;
  readonly body: Body;
  readonly route?: string;
  readonly wait?: Wait;
  /** What to have at hand before starting (`needs:` in the guide). */
  readonly needs?: readonly string[];
  /** Words people may type for it that its text lacks, for search (`keywords:`). */
  readonly keywords?: readonly string[];
  readonly substeps: readonly SubStep[];
  readonly line: number;
  readonly untranslated?: boolean;
};

export type Tip = {
  readonly id: string;
  readonly title: string;
  readonly body: Body;
  /** Tips about safety stand out in the UI. */
  readonly warning: boolean;
  /** Words people may type for it that its text lacks, for search (`keywords:`). */
  readonly keywords?: readonly string[];
  readonly line: number;
  readonly untranslated?: boolean;
};

export type Faq = {
  readonly id: string;
  readonly question: string;
  readonly answer: Body;
  readonly keywords: readonly string[];
  readonly line: number;
  readonly untranslated?: boolean;
};

export type Guide = {
  readonly id: string;
  /**
   * The language of the guide's words, when a translation gives them ("es"); a guide of its own is
   * taken to be in English. Search reads the words as this language's.
   */
  readonly language?: string;
  readonly title: string;
  readonly summary?: string;
  readonly disclaimer?: string;
  readonly routes: readonly Route[];
  readonly steps: readonly Step[];
  readonly tips: readonly Tip[];
  readonly faqs: readonly Faq[];
};

/** A new version of a guide file being watched, or why it could not be read. */
export type GuideUpdate = { readonly guide: Guide } | { readonly error: string };

/** A step or sub-step: anything a user can mark done. */
export type Task = Step | SubStep;

export function isStep(task: Task): task is Step {
  return 'substeps' in task;
}

/** "2. Ask for a form" or "2.1 Fill it in": the number and the title. */
export function taskLabel(task: Task): string {
  return `${task.number}${isStep(task) ? '.' : ''} ${task.title}`;
}

/** The addresses a text links to, each once, in reading order. */
export function blockLinks(blocks: readonly Block[]): string[] {
  const found: string[] = [];
  const spans = (inlines: readonly Inline[]) => {
    for (const span of inlines) {
      if (span.href !== undefined && !found.includes(span.href)) found.push(span.href);
    }
  };
  const walk = (list: readonly Block[]) => {
    for (const block of list) {
      switch (block.kind) {
        case 'paragraph':
        case 'heading':
          spans(block.spans);
          break;
        case 'list':
          block.items.forEach(walk);
          break;
        case 'quote':
          walk(block.blocks);
          break;
        case 'table':
          block.rows.forEach((row) => row.forEach(spans));
          break;
        default:
          break;
      }
    }
  };
  walk(blocks);
  return found;
}

/** Web and mail addresses only: a guide must not make the system open anything else. */
export function isOpenableLink(href: string): boolean {
  // Longer than browsers and terminals take (2,048 characters, as many cut an OSC 8 link there):
  // not a link to follow, shown as text with its reference.
  if (href.length > MAX_LINK_LENGTH) return false;
  // A mail link without parameters: "?attach=" could ask the mail program to attach a file.
  return /^(https?:\/\/[^\s]+|mailto:[^\s?]+)$/i.test(href);
}

export const MAX_LINK_LENGTH = 2048;
