/**
 * The shape of one channel file (content/channels/<id>.yaml), checked with zod. Phone numbers
 * are checked with libphonenumber-js: international numbers must be valid E.164, national short
 * codes (110, 129, 0800-1000) must say `short: true` and the country where they work.
 */
import { isValidPhoneNumber, parsePhoneNumberWithError } from 'libphonenumber-js/min/es6';
import { z } from 'zod';
import { CHANNEL_ROLES, SITUATIONS } from './situations.js';

const localized = z.object({
  id: z.string().trim().min(1, "write the Indonesian text under 'id'"),
  en: z.string().trim().min(1, "write the English text under 'en'"),
});

const DATE = /^\d{4}-\d{2}-\d{2}$/;
const PARTIAL_DATE = /^\d{4}(-\d{2}(-\d{2})?)?$/;
const COUNTRY = /^[A-Z]{2}$/;
const SHORT_CODE = /^\d{3,8}$/;
const EMAIL = /^[^\s@]+@[^\s@]+\.[a-z]{2,}$/i;

/** Look-alike sites that must never be linked (the fact sheet names them). */
export const BLOCKED_HOSTS: readonly string[] = ['peduliwni.com', 'www.peduliwni.com'];

export function urlProblem(value: string): string | undefined {
  let url: URL;
  try {
    url = new URL(value);
  } catch {
    return `'${value}' is not a URL; write it in full like https://www.lapor.go.id`;
  }
  if (url.protocol !== 'https:') return `'${value}' must start with https://`;
  if (BLOCKED_HOSTS.includes(url.hostname.toLowerCase())) {
    return `'${url.hostname}' is a private look-alike site, not the government; remove it`;
  }
  return undefined;
}

const contactSchema = z
  .object({
    type: z.enum(['phone', 'whatsapp', 'sms', 'url', 'email', 'app'], {
      error: "'type' must be one of phone, whatsapp, sms, url, email, app",
    }),
    value: z.string().trim().min(1, "'value' is empty"),
    display: z.string().trim().min(1).optional(),
    label: localized.optional(),
    /** For short codes: the country where the number can be dialled. */
    country: z.string().regex(COUNTRY, "'country' must be a two-letter code like ID").optional(),
    short: z.boolean().optional(),
    /** Lower than the channel's own confidence for this one contact (e.g. a WhatsApp line). */
    confidence: z.enum(['high', 'medium'], {
      error: "'confidence' must be high or medium (LOW items are never published)",
    }).optional(),
  })
  .superRefine((c, ctx) => {
    const fail = (message: string, path: string = 'value'): void => {
      ctx.addIssue({ code: 'custom', path: [path], message });
    };
    if (c.type === 'phone' || c.type === 'whatsapp' || c.type === 'sms') {
      if (c.short === true) {
        if (c.type === 'whatsapp') fail('a WhatsApp number cannot be a short code; write it in E.164 like +6281290070027');
        if (!SHORT_CODE.test(c.value)) fail(`short code '${c.value}' must be 3 to 8 digits without spaces or dashes (write 0800-1000 as "08001000" and put the dashes in 'display')`);
        if (c.country === undefined) fail("a short code needs 'country' (where it can be dialled), e.g. country: ID", 'short');
        if (c.display !== undefined && c.display.replace(/\D/g, '') !== c.value) {
          fail(`'display' ${c.display} does not show the same digits as 'value' ${c.value}`, 'display');
        }
        return;
      }
      if (!c.value.startsWith('+') || !isValidPhoneNumber(c.value)) {
        fail(`'${c.value}' is not a valid international number; write it in E.164 like +6281290070027, or mark a national short code with short: true and country`);
        return;
      }
      if (c.display !== undefined) {
        const region = parsePhoneNumberWithError(c.value).country;
        try {
          const shown = parsePhoneNumberWithError(c.display, region);
          if (shown.number !== c.value) {
            fail(`'display' ${c.display} is a different number from 'value' ${c.value}; fix one of them`, 'display');
          }
        } catch {
          fail(`'display' ${c.display} cannot be read as a phone number`, 'display');
        }
      }
      return;
    }
    if (c.type === 'url') {
      const problem = urlProblem(c.value);
      if (problem !== undefined) fail(problem);
      return;
    }
    if (c.type === 'email' && !EMAIL.test(c.value)) fail(`'${c.value}' is not an e-mail address`);
  });

export const channelSchema = z
  .object({
    id: z.string().regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, "'id' must be kebab-case like kbri-phnom-penh"),
    role: z.enum(CHANNEL_ROLES, { error: `'role' must be one of ${CHANNEL_ROLES.join(', ')}` }),
    name: localized,
    organisation: z.string().trim().min(1, "'organisation' is empty"),
    contacts: z.array(contactSchema).min(1, 'add at least one contact'),
    serves: z
      .array(z.enum(SITUATIONS, { error: `each situation must be one of ${SITUATIONS.join(', ')}` }))
      .min(1, "list at least one situation under 'serves'"),
    countries: z
      .array(z.string().regex(/^(\*|[A-Z]{2})$/, 'each country must be a two-letter code like KH, or "*" for a national service that helps Indonesians anywhere'))
      .min(1, "list at least one country, or [\"*\"]"),
    emergency: z.boolean().default(false),
    /** Tie-break inside a role (lower first); rarely needed. */
    priority: z.number().int().min(0).max(1000).default(100),
    hours: localized,
    notes: localized,
    sources: z
      .array(
        z.object({
          url: z.string().superRefine((u, ctx) => {
            const problem = urlProblem(u);
            if (problem !== undefined) ctx.addIssue({ code: 'custom', message: problem });
          }),
          date: z.string().regex(PARTIAL_DATE, "'date' must be the source's date like 2025-03-28, 2025-03 or 2025 (in quotes)"),
          title: z.string().trim().min(1).optional(),
        }),
      )
      .min(1, 'add at least one source with url and date'),
    verified: z.string().regex(DATE, "'verified' must be a date like 2026-11-30 (in quotes)"),
    confidence: z.enum(['high', 'medium'], {
      error: "'confidence' must be high or medium; LOW items must not be published (see the fact sheet)",
    }),
  })
  .superRefine((ch, ctx) => {
    if (ch.emergency && !ch.contacts.some((c) => c.type === 'phone' || c.type === 'whatsapp')) {
      ctx.addIssue({ code: 'custom', path: ['emergency'], message: 'an emergency channel needs a phone or WhatsApp contact' });
    }
  });

export type Channel = z.infer<typeof channelSchema>;
export type Contact = Channel['contacts'][number];
