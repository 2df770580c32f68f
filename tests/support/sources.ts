import { parsePlainText } from '@/core/sources/plain';
import type { Pair, Source } from '@/core/types';

export const plain = (id: string, text: string): Source => parsePlainText(id, text);
export const pairOf = (a: string, b: string): Pair<Source> => [plain('a', a), plain('b', b)];
