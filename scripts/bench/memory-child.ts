/**
 * Run by the benchmark in a fresh process: checks one file as the command line does (its batch function,
 * one worker thread) and prints the process's peak resident memory, main thread and worker thread
 * together, before the check and after it. Read as VmHWM from /proc/self/status: on Linux
 * process.resourceUsage().maxRSS keeps the parent's high-water mark across fork and exec, so in a child
 * of a large process it tells the parent's size.
 */
import { readFileSync } from "node:fs";
import { checkBatch } from "../../src/cli/batch";

const peakKB = () => Number(/^VmHWM:\s+(\d+) kB/m.exec(readFileSync("/proc/self/status", "utf8"))![1]);

const file = process.argv[2];
const loadedKB = peakKB();
const [result] = await checkBatch([file], { jobs: 1 });
if (result.error) throw new Error(`${file}: ${result.error.message}`);
console.log(JSON.stringify({ loadedKB, peakKB: peakKB() }));
