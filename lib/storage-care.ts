/**
 * Care for the space Keel's data lives in. The browser gives each extension a quota and,
 * unless storage is persistent, may clear it when the disk runs low. Keel asks for
 * persistence, shows how much it uses, checks for room before big writes, and turns the
 * browser's "quota exceeded" into a message that says what was not stored and what to do.
 */
import { translate, type MessageKey } from './i18n';
import type { Language } from './schema';

/** What a write was storing, for the message when it does not fit. */
export const STORAGE_SUBJECTS = ['mentions', 'mention', 'settings', 'template', 'reply', 'incident', 'backup', 'article', 'playbook'] as const;
export type StorageSubject = (typeof STORAGE_SUBJECTS)[number];

/** The part of the browser's StorageManager Keel uses (navigator.storage). */
export type StorageLike = Partial<Pick<StorageManager, 'estimate' | 'persisted' | 'persist'>>;

export interface StorageStatus {
  /** Whether the browser keeps Keel's data when space runs low; null when the browser does not say. */
  persisted: boolean | null;
  /** Bytes used and allowed, as the browser estimates them; null when it gives no estimate. */
  usage: number | null;
  quota: number | null;
}

/** A write refused (before it started) or aborted because the browser's storage for Keel is full. */
export class StorageFullError extends Error {
  override name = 'StorageFullError';
  constructor(
    readonly subject: StorageSubject,
    language: Language = 'en',
  ) {
    super(storageFullText(subject, language));
  }
}

const SUBJECT_KEYS: Record<StorageSubject, MessageKey> = {
  mentions: 'storage.subject.mentions',
  mention: 'storage.subject.mention',
  settings: 'storage.subject.settings',
  template: 'storage.subject.template',
  reply: 'storage.subject.reply',
  incident: 'storage.subject.incident',
  backup: 'storage.subject.backup',
  article: 'storage.subject.article',
  playbook: 'storage.subject.playbook',
};

/** "Keel could not store … because the browser's storage for Keel is full: …", in the given language. */
export function storageFullText(subject: StorageSubject, language: Language): string {
  return translate(language, 'storage.full', { what: translate(language, SUBJECT_KEYS[subject]) });
}

const QUOTA_NAMES = new Set(['QuotaExceededError', 'NS_ERROR_DOM_QUOTA_ERR']);

/**
 * Whether an error is the browser's storage quota running out, however it arrives: as the
 * DOMException itself, as Dexie's QuotaExceededError, as the inner error of Dexie's AbortError
 * (IndexedDB aborts the whole transaction when its commit does not fit), or among the failures
 * of a bulk or modify error.
 */
export function isQuotaError(error: unknown, depth = 0): boolean {
  if (!error || typeof error !== 'object' || depth > 5) return false;
  const e = error as { name?: unknown; inner?: unknown; cause?: unknown; failures?: unknown };
  if (typeof e.name === 'string' && QUOTA_NAMES.has(e.name)) return true;
  if (e.inner && isQuotaError(e.inner, depth + 1)) return true;
  if (e.cause && isQuotaError(e.cause, depth + 1)) return true;
  const failures = Array.isArray(e.failures) ? e.failures : e.failures && typeof e.failures === 'object' ? Object.values(e.failures) : [];
  return failures.some((f) => isQuotaError(f, depth + 1));
}

/** Bytes a value takes as stored: its JSON in UTF-16, which bounds IndexedDB's structured clone of plain records. */
export function approximateBytes(value: unknown): number {
  return (JSON.stringify(value)?.length ?? 0) * 2;
}

/**
 * Room a write of n bytes needs: the records, their index entries and the transaction's log
 * take up to about three times the records' size while it commits, plus a margin for what
 * other writes of the moment add.
 */
export function roomNeeded(bytes: number): number {
  return bytes * 3 + 1024 * 1024;
}

/** Writes smaller than this are not checked in advance; the quota error catches them. */
export const BIG_WRITE_BYTES = 64 * 1024;

/**
 * Checks the browser's estimate before a big write and throws StorageFullError when the write
 * would not fit, so nothing is attempted (and nothing lost half-way). Without an estimate
 * (an older browser) the write goes ahead and the quota error, if any, reports it.
 */
export async function ensureRoomFor(storage: StorageLike | undefined, bytes: number, subject: StorageSubject, language: Language = 'en'): Promise<void> {
  if (bytes < BIG_WRITE_BYTES || !storage?.estimate) return;
  let estimate: StorageEstimate;
  try {
    estimate = await storage.estimate();
  } catch {
    return;
  }
  if (estimate.quota === undefined || estimate.usage === undefined) return;
  if (estimate.quota - estimate.usage < roomNeeded(bytes)) throw new StorageFullError(subject, language);
}

/** Persistence, usage and quota as the browser reports them; missing parts are null. */
export async function storageStatus(storage: StorageLike | undefined): Promise<StorageStatus> {
  const [persisted, estimate] = await Promise.all([
    storage?.persisted ? storage.persisted().catch(() => null) : Promise.resolve(null),
    storage?.estimate ? storage.estimate().catch(() => null) : Promise.resolve(null),
  ]);
  return { persisted, usage: estimate?.usage ?? null, quota: estimate?.quota ?? null };
}

/**
 * Runs a write and reports a full storage as StorageFullError naming what was being stored.
 * Other errors pass through unchanged. The write itself must be one transaction, so that a
 * quota error leaves nothing of it behind.
 */
export async function storingOrFull<T>(subject: StorageSubject, language: Language, write: () => Promise<T>): Promise<T> {
  try {
    return await write();
  } catch (error) {
    if (error instanceof StorageFullError || !isQuotaError(error)) throw error;
    throw new StorageFullError(subject, language);
  }
}

/** Bytes for people: "12.4 MB", "980 kB", "1.2 GB" in the UI language's number format. */
export function formatBytes(bytes: number, language: Language): string {
  const units = ['B', 'kB', 'MB', 'GB', 'TB'];
  let value = bytes;
  let unit = 0;
  while (value >= 1000 && unit < units.length - 1) {
    value /= 1000;
    unit += 1;
  }
  const digits = unit === 0 || value >= 100 ? 0 : 1;
  return `${value.toLocaleString(language, { maximumFractionDigits: digits, minimumFractionDigits: digits })} ${units[unit]}`;
}
