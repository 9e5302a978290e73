/**
 * Admin commands: only the ids in ADMIN_IDS see them; /stats reports counts; /reload of a
 * broken content folder names the broken file and keeps the last good content in service;
 * /unanswered lists what users asked that the bot could not answer, scrubbed.
 */
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createContentService } from '../../src/content/content-service.js';
import { textUpdate } from '../helpers/bot-fixtures.js';
import { createFeatureApp, type FeatureApp } from '../helpers/feature-app.js';
import { useTelegramApiMock } from '../helpers/telegram-api-mock.js';

const telegram = useTelegramApiMock();
const ADMIN = 3601;
const STRANGER = 3602;
let dir: string;
let bot: FeatureApp;
beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'kawan-admin-content-'));
  cpSync(resolve('content'), dir, { recursive: true });
  bot = await createFeatureApp({ adminIds: [ADMIN], content: await createContentService(dir) });
});
afterAll(async () => {
  await bot.close();
  rmSync(dir, { recursive: true, force: true });
});

const t = (key: string) => bot.app.deps.i18n.t('id', key);

describe('admin commands', () => {
  it('a non-admin sending /stats, /reload or /unanswered gets the ordinary fallback reply', async () => {
    for (const command of ['/stats', '/reload', '/unanswered']) {
      telegram.reset();
      await bot.send(textUpdate(command, { id: STRANGER, languageCode: 'id' }));
      expect(telegram.sent().map((m) => m.visible), command).toEqual([t('fallback-text')]);
    }
  });

  it('an admin gets the stats of this replica, including the updates counted so far', async () => {
    await bot.send(textUpdate('gmn cara cek PT penyalur resmi?', { id: ADMIN, languageCode: 'id' }));
    telegram.reset();
    await bot.send(textUpdate('/stats', { id: ADMIN, languageCode: 'id' }));
    const visible = telegram.sent()[0]?.visible ?? '';
    expect(visible).toMatch(/articles: \d+/);
    expect(visible).toMatch(/updates: .*message:text=\d+/);
    expect(visible).toMatch(/answers: .*confident=1/);
  });

  it('/reload of content with a broken article names the file and the bot keeps answering from the last good content', async () => {
    const file = join(dir, 'articles', 'id', 'check-job-offer.md');
    const original = readFileSync(file, 'utf8');
    writeFileSync(file, original.replace(/^reviewed: .*$/m, 'reviewed: [kapan-kapan'));
    try {
      await bot.send(textUpdate('/reload', { id: ADMIN, languageCode: 'id' }));
      const report = telegram.sent().map((m) => m.visible).join('\n');
      expect(report).toMatch(/NOT reloaded/);
      expect(report).toContain('check-job-offer.md');

      telegram.reset();
      await bot.send(textUpdate('gmn cara ngecek PT penyalur itu resmi?', { id: STRANGER, languageCode: 'id' }));
      const answer = telegram.sent().map((m) => m.visible).join('\n');
      expect(answer).toContain('Sumber');
      expect(answer).toMatch(/P3MI/);
    } finally {
      writeFileSync(file, original);
    }
    telegram.reset();
    await bot.send(textUpdate('/reload', { id: ADMIN, languageCode: 'id' }));
    expect(telegram.sent()[0]?.visible).toMatch(/reloaded \(\d+ articles\)/);
  });

  it('/unanswered lists the questions the bot could not answer, without numbers or e-mails', async () => {
    await bot.send(
      textUpdate('berapa lama proses bikin e-paspor di kantor imigrasi jakarta selatan? wa sy 0813-9988-7766 atau nina.p@gmail.com', {
        id: STRANGER,
        languageCode: 'id',
      }),
    );
    telegram.reset();
    await bot.send(textUpdate('/unanswered', { id: ADMIN, languageCode: 'id' }));
    const visible = telegram.sent().map((m) => m.visible).join('\n');
    expect(visible).toMatch(/1× .*e-paspor di kantor imigrasi/);
    expect(visible).not.toMatch(/0813|9988|7766|nina\.p|gmail/);
  });
});
