/**
 * All editor content in one place: articles, ad signals, help channels and the labelled emergency
 * examples, loaded and validated
 * together. `reload()` swaps in new content only when all of it is valid, so a broken edit
 * keeps the last good version in service and reports exactly what is wrong.
 */
import { loadKnowledgeBase, type KnowledgeBase } from '../knowledge/knowledge-base.js';
import { loadSignals, type SignalSet } from '../checker/index.js';
import { loadChannels, type ChannelSet } from '../channels/load-channels.js';
import { ContentError, type ContentIssue } from './content-issue.js';
import { loadEmergencyModel } from '../router/emergency-examples.js';
import type { EmergencyModel } from '../router/emergency-model.js';

export interface Content {
  readonly knowledge: KnowledgeBase;
  readonly signals: SignalSet;
  readonly channels: ChannelSet;
  /** Learnt from content/routing/emergency-examples.jsonl at every load. */
  readonly emergencyModel: EmergencyModel;
  readonly loadedAt: Date;
}

export type ReloadResult = { ok: true; content: Content } | { ok: false; issues: readonly ContentIssue[] };

export interface ContentService {
  readonly dir: string;
  current(): Content;
  reload(): Promise<ReloadResult>;
}

export async function loadContent(dir: string): Promise<Content> {
  const [knowledge, signals, channels, emergencyModel] = await Promise.all([
    loadKnowledgeBase(dir), loadSignals(dir), loadChannels(dir), loadEmergencyModel(dir),
  ]);
  return { knowledge, signals, channels, emergencyModel, loadedAt: new Date() };
}

export async function createContentService(dir: string): Promise<ContentService> {
  let content = await loadContent(dir);
  return {
    dir,
    current: () => content,
    async reload() {
      try {
        content = await loadContent(dir);
        return { ok: true, content };
      } catch (error) {
        if (error instanceof ContentError) return { ok: false, issues: error.issues };
        return {
          ok: false,
          issues: [{ file: dir, line: 1, severity: 'error', message: error instanceof Error ? error.message : String(error) }],
        };
      }
    },
  };
}
