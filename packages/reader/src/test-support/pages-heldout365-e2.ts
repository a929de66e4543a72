import { links, type TestPage, texts } from './page-kit.js';
import { j } from './pages-heldout365-kit.js';

/**
 * Held-out batch 365, file e2: a tender's public clarifications page on an ASP.NET WebForms e-tendering portal (ctl00 ids,
 * __VIEWSTATE, the portal header with login panel, the tender's tab strip, the tender summary box, the clarification log of
 * question / answer pairs with their raised and answered dates, the "Ask a clarification question" panel, the session
 * time-out notice and the footer). The questions and answers are the body; their dates are bylines.
 */
const qTitle = 'Clarifications: Supply, installation and maintenance of CCTV at Lenford leisure centres';
const qPairs: { q: string; a: string; asked: string; answered: string }[] = [
  {
    q: 'Section 4.2 of the specification asks for 90 days of recording storage. Is this for all 112 cameras, or only those covering the pool halls?',
    a: j(
      'The 90-day requirement applies to all cameras. The council has confirmed with its data protection officer that this',
      'retention period is justified for the leisure centres because of the number of insurance claims that are reported late.',
    ),
    asked: 'Raised: 15/06/2026 10:12',
    answered: 'Answered: 17/06/2026 15:40',
  },
  {
    q: 'Can the existing cabling be reused at Brookside Leisure Centre, or must all cabling be replaced?',
    a: j(
      'Bidders may reuse the existing Cat6 cabling at Brookside where a test shows it meets the performance standard in',
      'Appendix C. The cost of testing should be included in the price. All coaxial cabling at the other three sites must be',
      'removed and replaced.',
    ),
    asked: 'Raised: 16/06/2026 09:03',
    answered: 'Answered: 18/06/2026 11:25',
  },
  {
    q: 'Will the council accept a cloud-hosted video management system, or must the recordings be stored on premises?',
    a: j(
      'A cloud-hosted system is acceptable provided the recordings are stored in data centres in the UK, the system has a current',
      'independent security certification and the council can export footage in an open format. Bidders proposing a hybrid',
      'solution should explain what happens to recording if the internet connection fails.',
    ),
    asked: 'Raised: 19/06/2026 14:47',
    answered: 'Answered: 23/06/2026 10:02',
  },
  {
    q: 'The pricing schedule has no line for the annual licence fees. Where should these be entered?',
    a: j(
      'Thank you for pointing this out. A revised pricing schedule (version 2) has been uploaded to the documents tab with a new',
      'line 14 for licence fees over the five-year term. Please use the revised schedule; responses on version 1 will still be',
      'accepted if licence fees are shown in the notes column.',
    ),
    asked: 'Raised: 22/06/2026 16:30',
    answered: 'Answered: 24/06/2026 09:18',
  },
  {
    q: 'Is a site visit available before the deadline, and can more than one person attend from each company?',
    a: j(
      'Yes. Site visits to all four leisure centres will be held on 1 July 2026, starting at Lenford Pools at 9:30am. Up to two',
      'people from each bidder may attend. Please book through the messaging function by 29 June so that the centre managers can',
      'arrange access to plant rooms.',
    ),
    asked: 'Raised: 23/06/2026 08:55',
    answered: 'Answered: 24/06/2026 14:06',
  },
];
const qTabs = ['Details', 'Documents', 'Clarifications (5)', 'Messages', 'My response'];
const qTop = ['Home', 'Current tenders', 'Awarded contracts', 'Help'];
const qFoot = ['Accessibility', 'Terms of use', 'Privacy and cookies', 'Supplier help desk'];
const qHtml = `<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Transitional//EN" "http://www.w3.org/TR/xhtml1/DTD/xhtml1-transitional.dtd">
<html xmlns="http://www.w3.org/1999/xhtml"><head id="ctl00_Head1"><meta http-equiv="X-UA-Compatible" content="IE=edge" /><title>
Lenford Council e-Tendering - Clarifications</title><link href="/App_Themes/Lenford/site.css" type="text/css" rel="stylesheet" />
<script type="text/javascript" src="/ScriptResource.axd?d=Hk2w9L_x0Q1&amp;t=6119e399"></script></head>
<body><form name="aspnetForm" method="post" action="./tender_clarifications.aspx?tenderid=3391" id="aspnetForm"><div>
<input type="hidden" name="__VIEWSTATE" id="__VIEWSTATE" value="/wEPDwUKMTY3NzE5MjIzOGRkq9Xo1Q==" /></div>
<script type="text/javascript">//<![CDATA[
var theForm = document.forms['aspnetForm']; function __doPostBack(eventTarget, eventArgument) { theForm.__EVENTTARGET.value = eventTarget; theForm.submit(); }
//]]></script>
<div id="ctl00_pnlTimeout" class="timeout-warning" style="display:none">Your session will expire in 5 minutes. Save your work to avoid losing changes.</div>
<div id="header"><div id="ctl00_logo" class="logo"><a href="/"><img src="/images/lenford-logo.png" alt="Lenford Council" /></a></div>
<div id="ctl00_loginPanel" class="login-panel">Logged in as <strong>Korvan Security Systems Ltd</strong> | <a id="ctl00_lnkLogout"
href="javascript:__doPostBack('ctl00$lnkLogout','')">Log out</a></div>
<ul id="ctl00_topMenu" class="top-menu">${links(qTop)}</ul></div>
<div id="content"><div id="ctl00_ContentPlaceHolder1_pnlTender" class="tender-box"><h1 id="ctl00_ContentPlaceHolder1_lblTitle">${qTitle}</h1>
<table class="summary" id="ctl00_ContentPlaceHolder1_tblSummary"><tr><td class="label">Tender reference</td><td>LC/LEI/2026/031</td></tr>
<tr><td class="label">Status</td><td>Open for responses</td></tr><tr><td class="label">Response deadline</td><td>10/07/2026 12:00</td></tr></table></div>
<ul id="ctl00_ContentPlaceHolder1_tabs" class="tabs">${qTabs
  .map(
    (t) => `<li${t.startsWith('Clar') ? ' class="selected"' : ''}><a
href="#">${t}</a></li>`,
  )
  .join('')}</ul>
<p class="info-note">Clarification questions and the answers below are published to all registered bidders. The identity of the bidder who asked is
not shown.</p>
<table class="grid clarifications" id="ctl00_ContentPlaceHolder1_gvClarifications" cellspacing="0" rules="all" border="1">
<tr class="header"><th scope="col">No.</th><th scope="col">Question and answer</th></tr>
${qPairs
  .map(
    (p, i) => `<tr class="${i % 2 === 0 ? 'row' : 'alt-row'}"><td class="num">${i + 1}</td><td><div class="question"><span class="q-label">Question</span>
<p>${p.q}</p><span class="q-date">${p.asked}</span></div><div class="answer"><span class="a-label">Answer</span><p>${p.a}</p>
<span class="a-date">${p.answered}</span></div></td></tr>`,
  )
  .join('\n')}
</table>
<div id="ctl00_ContentPlaceHolder1_pnlAsk" class="ask-panel"><h3>Ask a clarification question</h3><p>Questions must be received by 03/07/2026 12:00.</p>
<textarea name="ctl00$ContentPlaceHolder1$txtQuestion" rows="5" cols="80" id="ctl00_ContentPlaceHolder1_txtQuestion"></textarea>
<input type="submit" name="ctl00$ContentPlaceHolder1$btnSubmit" value="Submit question" id="ctl00_ContentPlaceHolder1_btnSubmit" class="button" /></div></div>
<div id="footer"><ul class="footer-links">${links(qFoot)}</ul><p>Lenford Council, Guildhall, Lenford LE9 4RW. e-Tendering portal version 8.12.</p></div>
</form></body></html>`;
export const clarifications: TestPage = {
  name: 'heldout365-aspnet-etendering-clarifications-forum',
  kind: 'forum',
  html: qHtml,
  title: qTitle,
  headings: [],
  body: texts(qPairs.flatMap((p) => [p.q, p.a])),
  bylines: qPairs.flatMap((p) => [p.asked, p.answered]),
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Your session will expire in 5 minutes. Save your work to avoid losing changes.', 'Logged in as', 'Korvan Security Systems Ltd', 'Log out', ...qTop,
    'Tender reference', 'LC/LEI/2026/031', 'Open for responses', 'Response deadline', '10/07/2026 12:00', ...qTabs,
    'Clarification questions and the answers below are published to all registered bidders. The identity of the bidder who asked is not shown.',
    'Question and answer', 'Question', 'Answer', 'Ask a clarification question', 'Questions must be received by 03/07/2026 12:00.', ...qFoot,
    'Lenford Council, Guildhall, Lenford LE9 4RW. e-Tendering portal version 8.12.',
  ],
};
