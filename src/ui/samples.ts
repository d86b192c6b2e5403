/** The built-in sample reports (public/samples/), named after their own first lines. */

export interface Sample {
  file: string;
  title: string;
}

export const SAMPLES: Sample[] = [
  { file: "004_7be0dca35fed79ae.txt", title: "示例：北京市大兴区亦庄镇人民政府2023年报" },
  { file: "001_2a4087b0dbaec631.txt", title: "示例：北京市东城区人民政府办公室2023年报" },
  { file: "002_c4bd8f948bd08bc9.txt", title: "示例：北京市西城区信访办公室2023年报" },
  { file: "000_5a9a8d2bc98e1d44.txt", title: "示例：市机关事务局2023年报" },
  { file: "003_f34c183db723c9dd.txt", title: "示例：北关区政务服务和大数据管理局2023年报" },
];

/** Relative to the page, so the app works from a sub-folder. */
export function sampleUrl(sample: Sample): string {
  return `${import.meta.env.BASE_URL}samples/${sample.file}`;
}
