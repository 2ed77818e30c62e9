import { publicContact, SPECIALTY_CATEGORIES } from '../../core/deputy-profile';
import { goesToStaffOnly } from '../../core/vocabulary';

describe('publicContact', () => {
  test('gives the office phone only under office_phone', () => {
    expect(publicContact('office_phone', '073188886666')).toEqual({ kind: 'office_phone', text: '办公电话 073188886666', phone: '073188886666' });
    expect(publicContact('station', '073188886666')).toEqual({ kind: 'station', text: '请通过本联络站工作人员联系' });
    expect(publicContact('none', '073188886666')).toEqual({ kind: 'none', text: '' });
    expect(publicContact(undefined, '073188886666')).toEqual({ kind: 'none', text: '' });
  });

  test('office_phone without a phone publishes nothing', () => {
    expect(publicContact('office_phone', undefined)).toEqual({ kind: 'none', text: '' });
  });
});

test('specialties are the categories routing can send to a deputy', () => {
  expect(SPECIALTY_CATEGORIES).toContain('交通出行');
  expect(SPECIALTY_CATEGORIES.some(goesToStaffOnly)).toBe(false);
  expect(SPECIALTY_CATEGORIES).not.toContain('对代表的意见');
});
