import { ps, type TestPage, texts } from './page-kit.js';

/**
 * Held-out batch 291, file d2: an 8-K current report as EDGAR serves the inline XBRL document (no site chrome at all: the
 * hidden ix:header, the cover page with the commission's heading, registrant details table, the Rule 425 / 14a-12 / 14d-2(b)
 * / 13e-4(c) check boxes, the securities table and the emerging-growth-company lines, then the Items, the exhibit table, and
 * the signature block), styled entirely with inline styles.
 */
const P = 'margin:0;font-family:Times New Roman;font-size:10pt';
const B = `${P};font-weight:bold`;
const C = `${B};text-align:center`;
const xTitle = 'FORM 8-K';
const x502 = 'Item 5.02 Departure of Directors or Certain Officers; Election of Directors; Appointment of Certain Officers.';
const x502p = [
  `On March 2, 2026, the Board of Directors (the "Board") of Corvane Therapeutics, Inc. (the "Company") appointed Dr. Lisbet Amundsen
as Chief Medical Officer of the Company, effective March 16, 2026. Dr. Amundsen, age 51, has served since 2021 as Senior Vice President,
Clinical Development at Ostrel Biosciences, where she led the late-stage programmes in inflammatory bowel disease. Before that she held
clinical leadership roles at two other biopharmaceutical companies and was a consultant gastroenterologist at a university hospital.`,
  `In connection with her appointment, the Company entered into an employment agreement with Dr. Amundsen providing for an annual
base salary of $525,000, a target annual bonus of 45% of base salary, and a sign-on bonus of $150,000, repayable in full if she resigns
within twelve months. The Compensation Committee also granted her an option to purchase 420,000 shares of the Company's common stock
at an exercise price equal to the closing price on the grant date, vesting over four years.`,
  `There are no arrangements or understandings between Dr. Amundsen and any other person under which she was appointed, no family
relationships with any director or executive officer, and no transactions in which she has an interest requiring disclosure under
Item 404(a) of Regulation S-K.`,
  `On the same date, Dr. Raymond Tulloch informed the Company that he will retire as Chief Medical Officer on March 15, 2026. Dr.
Tulloch will remain with the Company as a senior adviser until June 30, 2026 to support the transition. His decision was not the result
of any disagreement with the Company.`,
];
const x701 = 'Item 7.01 Regulation FD Disclosure.';
const x701p = [
  `On March 4, 2026, the Company issued a press release announcing the appointment described above. A copy of the press release is
furnished as Exhibit 99.1 to this Current Report on Form 8-K.`,
  `The information in this Item 7.01, including Exhibit 99.1, is being furnished and shall not be deemed "filed" for purposes of
Section 18 of the Securities Exchange Act of 1934, as amended, nor shall it be deemed incorporated by reference in any filing under
the Securities Act of 1933, except as expressly set forth by specific reference in such a filing.`,
];
const x901 = 'Item 9.01 Financial Statements and Exhibits.';
const x901p = '(d) Exhibits.';
const xEx = [
  ['99.1', 'Press release issued by Corvane Therapeutics, Inc. on March 4, 2026.'],
  ['104', 'Cover Page Interactive Data File (embedded within the Inline XBRL document).'],
];
const xBoxes = [
  'Written communications pursuant to Rule 425 under the Securities Act (17 CFR 230.425)',
  'Soliciting material pursuant to Rule 14a-12 under the Exchange Act (17 CFR 240.14a-12)',
  'Pre-commencement communications pursuant to Rule 14d-2(b) under the Exchange Act (17 CFR 240.14d-2(b))',
  'Pre-commencement communications pursuant to Rule 13e-4(c) under the Exchange Act (17 CFR 240.13e-4(c))',
];
const xSig = `Pursuant to the requirements of the Securities Exchange Act of 1934, the registrant has duly caused this report to be signed on
its behalf by the undersigned hereunto duly authorized.`;
const cell = (t: string, w = 33): string => `<td style="width:${w}%;vertical-align:top;text-align:center">
<p style="${P}">${t}</p>
</td>`;
const xHtml = `<?xml version="1.0" encoding="utf-8"?>
<html xmlns="http://www.w3.org/1999/xhtml" xmlns:ix="http://www.xbrl.org/2013/inlineXBRL" xmlns:dei="http://xbrl.sec.gov/dei/2024"
xmlns:xbrli="http://www.xbrl.org/2003/instance"><head><meta http-equiv="Content-Type" content="text/html"/><title>crvn-20260302</title></head>
<body style="padding:8px;margin:auto!important;"><div style="display:none"><ix:header><ix:hidden><ix:nonNumeric name="dei:AmendmentFlag"
contextRef="c-1">false</ix:nonNumeric><ix:nonNumeric name="dei:EntityCentralIndexKey" contextRef="c-1">0001874412</ix:nonNumeric></ix:hidden>
<ix:references><link:schemaRef xmlns:link="http://www.xbrl.org/2003/linkbase" xlink:href="crvn-20260302.xsd" xlink:type="simple"/></ix:references>
<ix:resources><xbrli:context id="c-1"><xbrli:entity><xbrli:identifier scheme="http://www.sec.gov/CIK">0001874412</xbrli:identifier></xbrli:entity>
<xbrli:period><xbrli:startDate>2026-03-02</xbrli:startDate><xbrli:endDate>2026-03-02</xbrli:endDate></xbrli:period></xbrli:context></ix:resources>
</ix:header></div>
<div style="text-align:center"><p style="${C}">UNITED STATES</p><p style="${C}">SECURITIES AND EXCHANGE COMMISSION</p>
<p style="${C}">Washington, D.C. 20549</p><hr style="width:20%"/>
<p style="${C};font-size:14pt">FORM <ix:nonNumeric name="dei:DocumentType" contextRef="c-1">8-K</ix:nonNumeric></p><hr style="width:20%"/>
<p style="${C}">CURRENT REPORT</p><p style="${P};text-align:center">Pursuant to Section 13 or 15(d) of the Securities Exchange Act of 1934</p>
<p style="${P};text-align:center">Date of Report (Date of earliest event reported): <ix:nonNumeric name="dei:DocumentPeriodEndDate" contextRef="c-1"
format="ixt:date-monthname-day-year-en">March 2, 2026</ix:nonNumeric></p><hr/>
<p style="${C};font-size:14pt"><ix:nonNumeric name="dei:EntityRegistrantName" contextRef="c-1">CORVANE THERAPEUTICS, INC.</ix:nonNumeric></p>
<p style="${P};text-align:center">(Exact name of registrant as specified in its charter)</p></div>
<table style="width:100%;border-collapse:collapse"><tr>
${cell('Delaware')}
${cell('001-41207')}
${cell('86-3310457')}
</tr><tr>
${cell('(State or other jurisdiction of incorporation)')}
${cell('(Commission File Number)')}
${cell('(IRS Employer Identification No.)')}
</tr></table>
<p style="${P};text-align:center">410 Harbourview Drive, Suite 900, Wexford Point, Massachusetts 02118</p>
<p style="${P};text-align:center">(Address of principal executive offices) (Zip Code)</p>
<p style="${P};text-align:center">Registrant's telephone number, including area code: (617) 555-0160</p>
<p style="${P}">Check the appropriate box below if the Form 8-K filing is intended to simultaneously satisfy the filing obligation of the registrant under
any of the following provisions:</p>
${xBoxes.map((b) => `<p style="${P}"><span style="font-family:Segoe UI Symbol">☐</span> ${b}</p>`).join('\n')}
<p style="${P}">Securities registered pursuant to Section 12(b) of the Act:</p>
<table style="width:100%;border-collapse:collapse"><tr>
${cell('Title of each class')}
${cell('Trading Symbol(s)')}
${cell('Name of each exchange on which registered')}
</tr><tr>
${cell('Common Stock, $0.0001 par value per share')}
${cell('CRVN')}
${cell('The Nasdaq Global Select Market')}
</tr></table>
<p style="${P}">Indicate by check mark whether the registrant is an emerging growth company as defined in Rule 405 of the Securities Act of 1933
(§230.405 of this chapter) or Rule 12b-2 of the Securities Exchange Act of 1934 (§240.12b-2 of this chapter).</p>
<p style="${P}">Emerging growth company <span style="font-family:Segoe UI Symbol">☒</span></p>
<hr style="page-break-after:always"/>
<p style="${B}">${x502}</p>
${ps(x502p, ` style="${P};text-indent:24pt;margin-top:10pt"`)}
<p style="${B};margin-top:12pt">${x701}</p>
${ps(x701p, ` style="${P};text-indent:24pt;margin-top:10pt"`)}
<p style="${B};margin-top:12pt">${x901}</p><p style="${P}">${x901p}</p>
<table style="width:100%;border-collapse:collapse"><tr>
${cell('Exhibit No.', 15)}
${cell('Description', 85)}
</tr>
${xEx.map((r) => `<tr>\n${cell(r[0] ?? '', 15)}\n${cell(r[1] ?? '', 85)}\n</tr>`).join('\n')}
</table><hr style="page-break-after:always"/>
<p style="${C};margin-top:12pt">SIGNATURES</p><p style="${P};text-indent:24pt">${xSig}</p>
<table style="width:100%"><tr><td style="width:50%"></td><td>
<p style="${P}">CORVANE THERAPEUTICS, INC.</p>
<p style="${P}">Date: March 4, 2026</p>
<p style="${P}">By: /s/ Nadia Ferreira-Holt</p>
<p style="${P}">Name: Nadia Ferreira-Holt</p>
<p style="${P}">Title: Chief Legal Officer and Corporate Secretary</p>
</td></tr></table></body></html>`;
export const edgar: TestPage = {
  name: 'heldout291-sec-edgar-8k-filing',
  kind: 'docs',
  html: xHtml,
  title: xTitle,
  headings: [],
  body: texts([x502, ...x502p, x701, ...x701p, x901, x901p, ...xEx.map((r) => r.join(' '))]),
  bylines: [
    'Date of Report (Date of earliest event reported): March 2, 2026',
    'Date: March 4, 2026',
    'By: /s/ Nadia Ferreira-Holt',
    'Name: Nadia Ferreira-Holt',
    'Title: Chief Legal Officer and Corporate Secretary',
  ],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'UNITED STATES', 'SECURITIES AND EXCHANGE COMMISSION', 'Washington, D.C. 20549', 'CURRENT REPORT',
    'Pursuant to Section 13 or 15(d) of the Securities Exchange Act of 1934', 'CORVANE THERAPEUTICS, INC.',
    '(Exact name of registrant as specified in its charter)', 'Delaware', '001-41207', '86-3310457', '(State or other jurisdiction of incorporation)',
    '(Commission File Number)', '(IRS Employer Identification No.)', '410 Harbourview Drive, Suite 900, Wexford Point, Massachusetts 02118',
    '(Address of principal executive offices) (Zip Code)', "Registrant's telephone number, including area code: (617) 555-0160",
    'Check the appropriate box below if the Form 8-K filing is intended to simultaneously satisfy the filing obligation', ...xBoxes,
    'Securities registered pursuant to Section 12(b) of the Act:', 'Title of each class', 'Trading Symbol(s)', 'Name of each exchange on which registered',
    'Common Stock, $0.0001 par value per share', 'CRVN', 'The Nasdaq Global Select Market',
    'Indicate by check mark whether the registrant is an emerging growth company', 'Emerging growth company', 'Exhibit No.', 'Description', 'SIGNATURES',
    xSig,
  ],
};
