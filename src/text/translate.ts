/**
 * A translation function as the domain modules see it. The bot passes grammY's `ctx.t`; the CLI
 * passes one built from the same `locales/` files. Keys and strings live in `locales/`, never in code.
 */
export type Lang = 'id' | 'en';
export type TranslateVars = Readonly<Record<string, string | number>>;
export type Translate = (key: string, vars?: TranslateVars) => string;
