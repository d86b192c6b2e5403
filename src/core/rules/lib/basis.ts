/** The documents the structure rules rest on, named as rules.md names them. */
export const FORMAT_2021 = "国办公开办函〔2021〕30号《中华人民共和国政府信息公开工作年度报告格式》";
export const REGULATION = "《中华人民共和国政府信息公开条例》（国务院令第711号）";
export const NOTICE_2019 = "国办公开办函〔2019〕60号《关于政府信息公开工作年度报告有关事项的通知》";

