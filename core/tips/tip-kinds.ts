/**
 * The vocabularies of tips, denunciations and complaints (tin báo, tố giác, khiếu nại). Each list
 * is closed: a tip's fields take one of these keys, and the interface and documents name them in
 * Vietnamese and English from the i18n files.
 */

/** How a tip arrived. `public_form` is the anonymous web page; staff record the others. */
export const tipChannels = ['hotline', 'in_person', 'letter', 'email', 'agency_referral', 'press', 'social_media', 'public_form'] as const;
export type TipChannel = (typeof tipChannels)[number];

/**
 * What is reported: selling or buying sex, brokering, harbouring, organising, protection rackets
 * (bảo kê), buying sex from a person under 18, trafficking for sexual exploitation, online
 * advertising, anything else.
 */
export const tipSubjects = [
  'selling_buying_sex', 'brokering', 'harbouring', 'organising', 'protection_racket', 'sex_with_minor', 'trafficking', 'online_advertising', 'other',
] as const;
export type TipSubject = (typeof tipSubjects)[number];

/**
 * The classification decides the legal deadline: a tip about a crime (Criminal Procedure Code
 * 2015), an administrative violation (handled as a denunciation, Law on Denunciations 2018), a
 * complaint (Law on Complaints 2011), or a matter outside the programme, to pass on.
 */
export const tipClassifications = ['criminal_tip', 'administrative_violation', 'complaint', 'outside_scope'] as const;
export type TipClassification = (typeof tipClassifications)[number];

/**
 * A tip moves received → classified → assigned → verifying → resolved. A transfer hands it to
 * another unit, where it starts again as received; reopening takes a resolved tip back to verifying.
 */
export const tipStatuses = ['received', 'classified', 'assigned', 'verifying', 'resolved'] as const;
export type TipStatus = (typeof tipStatuses)[number];

/** What was done once verified. */
export const tipOutcomes = ['criminal_case_opened', 'administrative_sanction', 'establishment_inspected', 'transferred', 'no_basis'] as const;
export type TipOutcome = (typeof tipOutcomes)[number];

/** What a reporter sees of a status: never the classification, the assignee or the outcome. */
export const publicTipStatuses = ['received', 'processing', 'resolved', 'transferred'] as const;
export type PublicTipStatus = (typeof publicTipStatuses)[number];
