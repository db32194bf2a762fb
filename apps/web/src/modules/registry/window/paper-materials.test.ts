import { describe, expect, it } from 'vitest';
import { receivedOnPaper } from './paper-materials';

const checklist = [{ code: 'id-document' }, { code: 'enrolment-form' }, { code: 'special-group' }];

describe('receivedOnPaper (?paper= from the 办事指南)', () => {
  it('keeps the checklist’s codes in its order, each once', () => {
    expect(receivedOnPaper('enrolment-form,id-document,enrolment-form', checklist)).toEqual([
      'id-document',
      'enrolment-form',
    ]);
  });

  it('drops codes of other businesses and empty entries', () => {
    expect(receivedOnPaper('uscc-certificate,, special-group ', checklist)).toEqual([
      'special-group',
    ]);
  });

  it('answers nothing without the parameter or before the checklist has come', () => {
    expect(receivedOnPaper(null, checklist)).toEqual([]);
    expect(receivedOnPaper('', checklist)).toEqual([]);
    expect(receivedOnPaper('id-document', [])).toEqual([]);
  });
});
