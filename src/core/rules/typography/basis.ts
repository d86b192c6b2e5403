/** The standards the typography rules rest on, named in full once. */
export const GB_15834 = "GB/T 15834—2011《标点符号用法》";
export const GB_15835 = "GB/T 15835—2011《出版物上数字用法》";
export const GB_9704 = "GB/T 9704—2012《党政机关公文格式》";
