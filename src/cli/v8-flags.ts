/**
 * V8 flags the command line sets before its first worker thread starts (check.ts; each thread reads V8's
 * flags when it starts). The benchmark runs its pdf.js yardstick with them too, so that it compares like
 * with like.
 *
 * `--interrupt-budget`: V8 compiles a function with its optimising compiler once the function has run this
 * much bytecode; 132 KB is the default of later V8 versions, Node 20's V8 takes half of it. A batch warms
 * each thread up from scratch, and the compiler's threads took about a third of the CPU time of 40 PDFs:
 * with the larger budget fewer functions are compiled and taken back (596 → 461 compilations, 57 → 36
 * deoptimisations on 40 PDFs) and `--jobs 2` uses about 12% less CPU time (README, "性能 Performance").
 */
export const V8_FLAGS = ["--interrupt-budget=135168"];
