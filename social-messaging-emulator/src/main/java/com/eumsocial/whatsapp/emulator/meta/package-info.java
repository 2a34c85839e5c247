/**
 * The emulator's Meta: the domain backend behind AWS End User Messaging Social's WhatsApp
 * template operations. It depends on no other module of the project, so it can prove the
 * template handlers and the validator wrong. Entry point: {@link
 * com.eumsocial.whatsapp.emulator.meta.MetaBackend}.
 *
 * <h2>Decisions where Meta's behaviour is unpublished or unconfirmed</h2>
 * <ul>
 *   <li><b>Synchronous versus review.</b> Checked at create/update time, answered with
 *       InvalidParametersException naming the field: JSON syntax, required name/language/category/
 *       components and their JSON types, name charset, language code form, known category and
 *       parameter_format, known component/header-format/button types, exactly one BODY and at most
 *       one HEADER/FOOTER/BUTTONS ({@code DefinitionShape}). Also synchronous: name+language
 *       uniqueness, the 30-day name block, the edit rules and the limits. Everything about wording
 *       and format is found by the review and ends REJECTED with INVALID_FORMAT and a
 *       {@code rejection_info} ({@code TemplateReview}, {@code ParameterText}).</li>
 *   <li><b>Duplicate name+language</b>: InvalidParametersException naming the existing template id
 *       ({@code TemplateOperations.duplicateNameAndLanguage}, the one place to change it).</li>
 *   <li><b>Duplicate wording</b> (same BODY text as another live, non-rejected template of the WABA;
 *       not for AUTHENTICATION nor library templates): REJECTED, reason INVALID_FORMAT
 *       ({@code TemplateOperations.DUPLICATE_WORDING_REASON}) with a rejection_info naming the other
 *       template.</li>
 *   <li><b>Too many parameters for the text</b>: BODY text needs at least 2n + 1 words of fixed
 *       text for n parameters ({@code ParameterText.WORDS_PER_PARAMETER}, from practitioners'
 *       reports). <b>Parameter at the start or end</b>: punctuation alone before the first or after
 *       the last parameter of a BODY does not count as text ("Your code is {{1}}." is rejected).
 *       Text headers must not contain new lines, asterisks or emoji; footers no new lines or
 *       emoji.</li>
 *   <li><b>Re-categorisation</b>: a UTILITY template whose texts contain a phrase of
 *       {@code PromotionalWording.PHRASES} is approved as MARKETING with previous_category UTILITY.</li>
 *   <li><b>Library</b>: an unknown library template name, a language it lacks, a category other than
 *       the entry's, a missing URL/PHONE_NUMBER button input or an input with no matching button are
 *       InvalidParametersException naming the member. Library templates are reviewed like others
 *       (PENDING, then APPROVED after the delay) but never re-categorised nor treated as duplicates.</li>
 *   <li><b>Media</b>: a missing S3 object, an unsupported type or an object over Meta's size limit
 *       is InvalidParametersException naming {@code sourceS3File}; a {@code 4::} handle this emulator
 *       did not issue, or one for another media kind, makes the review reject the template with
 *       INVALID_FORMAT.</li>
 *   <li><b>Forced outcomes</b> are captured when a template is submitted (created or edited), so a
 *       rule added later does not change a review already under way.</li>
 *   <li><b>Deleting</b> an APPROVED or PAUSED template blocks its name (every language) for 30
 *       days; deleting PENDING/REJECTED templates blocks nothing.</li>
 *   <li><b>Quality score</b> is UNKNOWN (the emulator sends no messages to rate) until a forced
 *       PAUSED or DISABLED outcome sets it to RED, the quality Meta pauses and disables for, or
 *       the control operation ({@code TemplateStatusChange}) sets GREEN, YELLOW, RED or UNKNOWN.</li>
 *   <li><b>IN_APPEAL, ARCHIVED, LIMIT_EXCEEDED</b> (meanings second-hand): reached only through
 *       {@code TemplateStatusChange}, never by a review. None of them can be edited; all can be
 *       deleted; IN_APPEAL keeps the rejection reason it appeals; deleting an ARCHIVED template
 *       blocks the name like an APPROVED one (it had been approved).</li>
 *   <li><b>ARN regions</b> are not checked; the account in an ARN is.</li>
 * </ul>
 */
package com.eumsocial.whatsapp.emulator.meta;
