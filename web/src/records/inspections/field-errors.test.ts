import { describe, expect, it } from 'vitest';
import { ApiError } from '../../api/client.ts';
import { serverFieldMessage } from './field-errors.ts';

describe('server field errors next to their fields', () => {
  const error = new ApiError(400, 'validation_failed', 'Dữ liệu gửi lên không hợp lệ.', [
    { field: 'memberAgencyIds', message: 'Đoàn kiểm tra liên ngành phải có ít nhất hai cơ quan' },
    { field: 'memberAgencyIds.1', message: 'Không có cơ quan này thuộc Phường Thành Vinh' },
    { field: 'visits.0.fineAmount', message: 'Xử phạt tiền phải ghi số tiền phạt lớn hơn 0' },
    { field: 'visits.10.outcome', message: 'Giá trị không hợp lệ' },
  ]);

  it('joins a field\'s messages with those of its list entries', () => {
    expect(serverFieldMessage(error, 'memberAgencyIds')).toBe(
      'Đoàn kiểm tra liên ngành phải có ít nhất hai cơ quan Không có cơ quan này thuộc Phường Thành Vinh');
  });

  it('gives a nested field its own message only, and a list no message of its entries\' fields', () => {
    expect(serverFieldMessage(error, 'visits.0.fineAmount')).toBe('Xử phạt tiền phải ghi số tiền phạt lớn hơn 0');
    expect(serverFieldMessage(error, 'visits.1.outcome')).toBeUndefined();
    expect(serverFieldMessage(error, 'visits')).toBeUndefined();
  });

  it('has nothing to say for an error that is not the server\'s', () => {
    expect(serverFieldMessage(new Error('network'), 'memberAgencyIds')).toBeUndefined();
    expect(serverFieldMessage(null, 'memberAgencyIds')).toBeUndefined();
  });
});
