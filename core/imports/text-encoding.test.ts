import { describe, expect, it } from 'vitest';
import { decodeLegacy, detectLegacyEncoding, encodeLegacy, looksLikeTcvn3Text } from './text-encoding.ts';

const registry = 'Xã, phường,Tên cơ sở,Loại hình,Địa chỉ\nPhường Thành Vinh (16681),Nhà nghỉ Hoa Hồng,Khách sạn/nhà nghỉ/nhà trọ,Số 5 ngõ 7 đường Nguyễn Du\n'
  + 'Phường Vinh Phú (16702),Karaoke Ánh Dương,Karaoke,Số 12 đường Lê Lợi, khối 3';

describe('legacy Vietnamese encodings', () => {
  it('tells Windows-1258 from TCVN3 on a register\'s bytes', () => {
    expect(detectLegacyEncoding(encodeLegacy(registry, 'windows-1258'))).toBe('windows-1258');
    expect(detectLegacyEncoding(encodeLegacy(registry, 'tcvn3'))).toBe('tcvn3');
  });

  it('decodes what it encodes', () => {
    expect(decodeLegacy(encodeLegacy(registry, 'windows-1258'), 'windows-1258')).toBe(registry);
    expect(decodeLegacy(encodeLegacy('nhà nghỉ hoa hồng', 'tcvn3'), 'tcvn3')).toBe('nhà nghỉ hoa hồng');
  });

  it('writes Windows-1258 tones as separate marks, as Excel does', () => {
    // "à" = "a" (0x61) + combining grave (0xCC).
    expect([...encodeLegacy('Nhà', 'windows-1258')]).toEqual([0x4e, 0x68, 0x61, 0xcc]);
  });

  it('does not name an encoding for bytes that read as Vietnamese in neither', () => {
    // Windows-1258: "° ± ² ³"; TCVN3: tone marks with no letter to sit on.
    expect(detectLegacyEncoding(Uint8Array.from([0xb0, 0x20, 0xb1, 0x20, 0xb2, 0x20, 0xb3]))).toBeUndefined();
  });

  it('recognises TCVN3 text that arrived as Latin-1 look-alikes, not real Vietnamese or a stray symbol', () => {
    const lookAlikes = String.fromCharCode(...encodeLegacy('Nhà nghỉ Hoa Hồng', 'tcvn3'));
    expect(lookAlikes).toBe('Nhµ nghØ Hoa Hång');
    expect(looksLikeTcvn3Text(lookAlikes)).toBe(true);
    expect(looksLikeTcvn3Text('Nhà nghỉ Hoa Hồng')).toBe(false);
    expect(looksLikeTcvn3Text('Café Paris')).toBe(false);
    expect(looksLikeTcvn3Text('Spa © 2024')).toBe(false);
  });
});
