/**
 * Storage limits: how much the history uses, asking the browser to keep it, and a clear message when
 * the browser's quota is full. navigator.storage is absent in some browsers and in insecure pages.
 */
import Dexie from "dexie";

export const STORAGE_FULL_MESSAGE =
  "浏览器分配给本工具的存储空间已满，本次内容未能保存到历史记录。" +
  "可以在“历史记录”中删除不再需要的记录，或删除已保存的原文件（只保留检查结果）；" +
  "也可以先导出历史记录作备份，再清空后重试。";

/** A write to the history that failed because the browser's storage quota is full. */
export class StorageFullError extends Error {
  constructor(cause: unknown) {
    super(STORAGE_FULL_MESSAGE, { cause });
    this.name = "StorageFullError";
  }
}

/** Whether an error (or the error it wraps: Dexie reports a failed transaction as AbortError) is a full quota. */
export function isQuotaError(error: unknown): boolean {
  if (!(error instanceof Error) && !(error instanceof DOMException)) return false;
  if (error instanceof Dexie.QuotaExceededError || error.name === "QuotaExceededError") return true;
  const inner = (error as { inner?: unknown }).inner;
  return inner !== undefined && inner !== error && isQuotaError(inner);
}

/** What went wrong with the history, as the page shows it above its views. */
export interface StorageProblem {
  message: string;
  /** The quota is full: deleting entries or kept files would help. */
  full: boolean;
}

/** A failure of the history in words for the user (wherever it happened: the page or a check worker). */
export function storageProblem(error: unknown): StorageProblem {
  if (error instanceof StorageFullError) return { message: error.message, full: true };
  return { message: `历史记录不可用：${error instanceof Error ? error.message : String(error)}`, full: false };
}

/** Runs a write; a full quota comes out as StorageFullError with its Chinese message. */
export async function writing<T>(write: () => Promise<T>): Promise<T> {
  try {
    return await write();
  } catch (error) {
    throw isQuotaError(error) ? new StorageFullError(error) : error;
  }
}

export interface StorageUsage {
  /** Bytes used by this site, and the most it may use, as the browser estimates them. */
  usage: number;
  quota: number;
}

function storageManager(): StorageManager | undefined {
  return typeof navigator === "undefined" ? undefined : navigator.storage;
}

/** The browser's estimate of this site's storage, or null where it cannot tell. */
export async function storageUsage(): Promise<StorageUsage | null> {
  const estimate = await storageManager()?.estimate?.();
  return estimate ? { usage: estimate.usage ?? 0, quota: estimate.quota ?? 0 } : null;
}

/** Asks the browser not to clear the history when space runs low; null where it cannot be asked. */
export async function requestPersistence(): Promise<boolean | null> {
  const manager = storageManager();
  if (!manager?.persist) return null;
  return (await manager.persisted?.()) || manager.persist();
}

/** "1.5 MB", "820 KB": a size as the page shows it. */
export function sizeText(bytes: number): string {
  if (bytes >= 1024 * 1024) return `${(bytes / 1024 / 1024).toFixed(1)} MB`;
  return `${Math.max(1, Math.round(bytes / 1024))} KB`;
}
