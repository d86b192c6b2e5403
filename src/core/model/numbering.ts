/**
 * How reports number their parts and items (GB/T 9704: 一、 （一） 1. （1）, also 1） and the run-in 一是),
 * as pieces of regular expressions written once. The PDF reader, the parser and the rules build their
 * patterns from them.
 */

/** One character of a Chinese numeral as numbering writes it (一 … 九十九). */
export const NUMERAL_CHAR = "[一二三四五六七八九十]";

/** A Chinese numeral as numbering writes it: 三, 十二. */
export const CHINESE_NUMERAL = `${NUMERAL_CHAR}+`;

/** （一） or (一): a Chinese numeral in round brackets of either width. */
export const BRACKETED_CHINESE = `[（(]${CHINESE_NUMERAL}[)）]`;

/** （一） or (1): a Chinese or Arabic number in round brackets of either width. */
export const BRACKETED_NUMBER = "[（(][一二三四五六七八九十0-9]+[)）]";

/** 1. 1． 1、: an Arabic item number. */
export const ARABIC_ITEM = "[0-9]+[.．、]";
