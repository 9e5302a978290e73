/**
 * The format of content/signals/*.yaml, as zod schemas. Messages say what to write, because
 * editors read them (through `kawan content check`), not programmers.
 */
import { z } from 'zod';

export const CATEGORIES = [
  'destination', 'pay', 'requirements', 'costs', 'visa-and-documents', 'contact-channel',
  'urgency', 'control-and-secrecy', 'company',
] as const;


const text = z.string({ error: 'must be a text' }).trim().min(1, { error: 'must not be empty' });
const localized = z.object({ id: text, en: text }, { error: "must have 'id' and 'en' texts" }).strict();
const phraseList = z.array(text, { error: 'must be a list of phrases' });
const phrases = z
  .object({ id: phraseList.optional(), en: phraseList.optional() }, { error: "must have 'id:' and/or 'en:' phrase lists" })
  .strict();
const idText = z.string().regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, { error: 'must be kebab-case like tourist-visa-for-work' });

const entity = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('phone'), countries: z.array(z.string().regex(/^[A-Z]{2}$/, { error: 'must be a 2-letter country code like KH' })).min(1) }).strict(),
  z.object({ kind: z.literal('link'), hosts: z.array(text).min(1) }).strict(),
  z.object({ kind: z.literal('email'), domains: z.array(text).min(1) }).strict(),
  z.object({ kind: z.literal('handle') }).strict(),
], { error: "'kind' must be one of phone, link, email, handle" });

export const signalSchema = z
  .object({
    id: idText,
    category: z.enum(CATEGORIES, { error: `must be one of ${CATEGORIES.join(', ')}` }),
    weight: z.number({ error: 'must be a number between -10 and 10' }).min(-10, { error: 'must be a number between -10 and 10' }).max(10, { error: 'must be a number between -10 and 10' }),
    title: localized,
    explain: localized,
    advice: localized,
    // Which ids exist is checked against content/articles when the signals are loaded.
    article: idText,
    patterns: phrases.optional(),
    regex: z.array(text).optional(),
    unless: phrases.optional(),
    unlessSignals: z.array(idText).optional(),
    entity: entity.optional(),
    amount: z.object({ minIdr: z.number().positive({ error: 'must be a positive number of rupiah' }), near: phrases, notAfter: phrases.optional() }).strict().optional(),
    examples: z.object({ match: phrases, noMatch: phrases }, { error: "needs 'match:' and 'noMatch:' example lists" }).strict(),
  })
  .strict();
export type SignalSource = z.infer<typeof signalSchema>;

export const signalFileSchema = z.object({ signals: z.array(z.unknown(), { error: "must be a list under 'signals:'" }) }).strict();

export const placesSchema = z
  .object({
    places: z.array(
      z.object({
        country: z.string().regex(/^[A-Z]{2}$/, { error: 'must be a 2-letter country code like KH' }),
        hub: z.boolean({ error: 'must be true or false' }),
        transit: z.boolean().optional(),
        names: z.array(text).min(1),
      }).strict(),
    ),
  })
  .strict();

export const ratesSchema = z
  .object({
    reviewed: z.union([z.date(), z.string()]).optional(),
    ordinaryPayOverLegalWage: z.number().min(1, { error: 'must be 1 or more (1.3 means up to 30 % above the legal wage is ordinary)' }).optional(),
    currencies: z.array(
      z.object({
        code: z.string().regex(/^[A-Z]{3}$/, { error: 'must be a 3-letter currency code like USD' }),
        rate: z.number().positive({ error: 'must be a positive number (rupiah per unit)' }),
        symbols: z.array(text).min(1),
        legalMonthlyWage: z.number().positive({ error: 'must be the legal minimum monthly wage, in this currency' }).optional(),
      }).strict(),
    ),
  })
  .strict();

export const verdictSchema = z
  .object({
    likelyScam: z.number({ error: 'must be a number' }),
    suspicious: z.number({ error: 'must be a number' }),
    maxReduction: z.number({ error: 'must be a number' }).min(0),
    notRecruiting: z
      .object({
        signals: z.array(idText).min(1, { error: 'list at least one signal id' }),
        maxVerdict: z.enum(['suspicious', 'no-signs-found'], { error: "must be 'suspicious' or 'no-signs-found'" }),
        officialHosts: z.array(z.string().min(1)).default([]),
      })
      .strict()
      .optional(),
  })
  .strict()
  .refine((v) => v.suspicious < v.likelyScam, { error: "'suspicious' must be lower than 'likelyScam'" });

export const combinationsSchema = z
  .object({
    combinations: z.array(
      z.object({
        id: idText,
        requires: z.array(z.array(idText).min(1)).min(2, { error: 'needs at least two groups of signal ids' }),
        unless: z.array(idText).optional(),
        bonus: z.number().min(0).max(10, { error: 'must be a number between 0 and 10' }),
        explain: localized,
      }).strict(),
    ),
  })
  .strict();
