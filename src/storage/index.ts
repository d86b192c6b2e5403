/** The local history (IndexedDB through Dexie): what the page uses. */
export { HistoryDb, HISTORY_DB_NAME, type AgencyProfile, type BatchRecord, type ComparedReport, type EntryRecord, type RunRecord } from "./db";
export { batchEntries, deleteBatch, listBatches, saveBatch, type BatchInput } from "./batches";
export { deleteAll, deleteEntry, keptFile, openEntry, saveCheck, setKeptFile, type OpenedEntry, type SaveInput, type Saved } from "./entries";
export { historyYears, keptEntries, listEntries, listPage, PAGE_SIZE, type EntryPage, type ListQuery, type PageRange, type SortKey } from "./list";
export { carryOverDecisions, decisionsOf, setDecision, type Decisions } from "./decisions";
export { findingKey } from "./findings";
export { diffResults, versionsOf, type FigureChange, type ResultDiff } from "./versions";
export { agencyCandidates, confirmAgency, confirmedKind, earlierReports, listAgencies, profileOf } from "./agencies";
export { agencyHistory, entriesToRecheck, isOlderRules, savedDocument, type AgencyHistory } from "./recheck";
export { exportHistory, importHistory, type ImportSummary } from "./exchange";
export { EXPORT_FORMAT, EXPORT_VERSION, type HistoryExport } from "./history-file";
export { HistoryImportError } from "./validate";
export { isQuotaError, requestPersistence, sizeText, storageUsage, storageProblem, StorageFullError, STORAGE_FULL_MESSAGE, type StorageProblem, type StorageUsage } from "./quota";
export { loadRuleSettings, saveRuleSettings } from "./settings";
