import "fake-indexeddb/auto";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { checkText } from "../../src/core/check";
import { HistoryDb, listPage, saveCheck, entriesToRecheck } from "../../src/storage";
import { possibleAgencies } from "../../src/storage/agencies";
import { ROOT, SEEDS } from "../fixtures/seed-report";
const DISTRICTS = "东城 西城 朝阳 海淀 丰台 石景山 门头沟 房山 通州 顺义 昌平 大兴 怀柔 平谷 密云 延庆 和平 河西 南开 河东".split(" ");
const ORGANS = ["人民政府办公室", "发展和改革委员会", "教育委员会", "科学技术委员会", "财政局", "民政局", "司法局", "人力资源和社会保障局", "生态环境局", "住房和城乡建设委员会", "交通局", "水务局", "商务局", "文化和旅游局", "卫生健康委员会", "应急管理局", "市场监督管理局", "统计局", "医疗保障局", "城市管理委员会"];
const agencyName = (index: number) => `北京市${DISTRICTS[index % 20]}区${ORGANS[Math.floor(index / 20) % 20]}`;
const seedResults = await Promise.all(SEEDS.map((seed) => checkText(`${seed}.txt`, readFileSync(join(ROOT, "public/samples", `${seed}.txt`), "utf8"))));
const size = Number(process.argv[2] ?? 2000);
const db = new HistoryDb(`probe-${Date.now()}`);
for (let index = 0; index < size; index++) {
  const base = seedResults[index % seedResults.length];
  const agency = agencyName(index % 400);
  const year = 2020 + Math.floor(index / 400);
  const result = { ...base, file: `${agency}${year}.pdf`, report: base.report ? { ...base.report, agency, year } : undefined };
  await saveCheck(db, { result, hash: index.toString(16).padStart(64, "0"), size: 100_000 });
}
const cpu = async (label: string, run: () => Promise<unknown>) => { for (let r = 0; r < 3; r++) { const t = process.cpuUsage(); const res = await run(); const d = process.cpuUsage(t); console.log(size, label, ((d.user + d.system) / 1000).toFixed(1), "ms", JSON.stringify(res).length); } };
const text = agencyName(7);
await cpu("possibleAgencies", () => possibleAgencies(db, text));
await cpu("grams 房山 equals", () => db.entries.where("grams").equals("房山").primaryKeys());
await cpu("grams 北京 limit 512", () => db.entries.where("grams").equals("北京").limit(512).primaryKeys());
await cpu("agency anyOf", () => db.entries.where("agency").anyOf([text]).primaryKeys());
await cpu("search", () => listPage(db, { text }));
await cpu("recheck", () => entriesToRecheck(db));
