/**
 * The translations load from the directory the deploy configures, written the way people write
 * it: LOCALES_DIR defaults to "./locales", and feature strings live in locales/<lang>/*.ftl.
 */
import { mkdtempSync, mkdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { createI18n } from '../../src/bot/i18n.js';
import { loadConfig } from '../../src/config.js';
import { TEST_TOKEN } from '../helpers/bot-fixtures.js';

describe('loading translations', () => {
  it('the default LOCALES_DIR ("./locales") loads the core strings and the per-feature files', () => {
    const config = loadConfig({ BOT_TOKEN: TEST_TOKEN });
    expect(config.LOCALES_DIR).toBe('./locales');
    const i18n = createI18n(config.LOCALES_DIR);
    expect(i18n.t('id', 'start-greeting')).toContain('Kawan Migran');
    expect(i18n.t('en', 'start-greeting')).toContain('Kawan Migran');
  });

  it('core files and per-feature sub-folders both load, each under its own language', () => {
    const dir = mkdtempSync(join(tmpdir(), 'kawan-locales-'));
    for (const lang of ['id', 'en']) {
      mkdirSync(join(dir, lang));
      writeFileSync(join(dir, `${lang}.ftl`), `core-key = core ${lang}\n`);
      writeFileSync(join(dir, lang, 'feature.ftl'), `feature-key = feature ${lang}\n`);
    }
    const i18n = createI18n(dir);
    expect(i18n.t('en', 'core-key')).toBe('core en');
    expect(i18n.t('en', 'feature-key')).toBe('feature en');
    expect(i18n.t('id', 'feature-key')).toBe('feature id');
  });

  it('an absolute directory loads both languages with the same core keys', () => {
    const i18n = createI18n(resolve('locales'));
    for (const key of ['start-greeting', 'help-text', 'language-choose', 'language-set', 'error-apology', 'fallback-text']) {
      expect(i18n.t('id', key), key).not.toBe(key);
      expect(i18n.t('en', key), key).not.toBe(key);
    }
  });

  it('texts are formatted once per language, and texts with variables still use each call\'s values', () => {
    const dir = mkdtempSync(join(tmpdir(), 'kawan-locales-'));
    writeFileSync(join(dir, 'id.ftl'), 'plain = halo\nnamed = halo { $name }\n');
    writeFileSync(join(dir, 'en.ftl'), 'plain = hello\nnamed = hello { $name }\n');
    const i18n = createI18n(dir);
    expect([i18n.t('id', 'plain'), i18n.t('en', 'plain'), i18n.t('id', 'plain')]).toEqual(['halo', 'hello', 'halo']);
    expect(i18n.t('en', 'named', { name: 'Sari' })).toBe('hello Sari');
    expect(i18n.t('en', 'named', { name: 'Budi' })).toBe('hello Budi');
    expect(i18n.t('id', 'missing-key')).toBe('{missing-key}');
  });
});
