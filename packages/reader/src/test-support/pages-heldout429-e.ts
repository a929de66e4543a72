import { ps, type TestPage, texts } from './page-kit.js';
import { j, lis } from './pages-heldout429-kit.js';

/**
 * Held-out batch 429, file e: a credit-monitoring enrolment page built with Next.js (the __next root, CSS-module class names,
 * a stepper, an activation-code form, a help drawer, a cookie notice and the __NEXT_DATA__ script) and a class-action
 * settlement website on ASP.NET Web Forms (the form1 wrapper with __VIEWSTATE, a left menu, a short notice, a deadlines
 * table, document links and the administrator's footer).
 */
const kTitle = 'Enroll in your complimentary identity monitoring';
const kIntro = [
  j(
    'You are receiving this service at no cost because your information may have been involved in a data security incident at',
    'Quillmark Payroll. Your membership includes 24 months of credit monitoring, identity restoration and up to $1,000,000 of',
    'identity theft insurance. Enrollment takes about five minutes.',
  ),
];
const kStepsH = 'How to enroll';
const kSteps = [
  'Find the activation code printed in the letter you received. It begins with the letters QMP and has 12 characters.',
  'Enter the code below and create your account with an email address you check often.',
  'Verify your identity by answering a few questions based on your credit history. These questions come from the credit bureau.',
  'Review your first credit report and turn on alerts by email or text message.',
];
const kIncH = 'What your membership includes';
const kInc = [
  'Daily monitoring of your credit file at one nationwide credit bureau, with alerts for new accounts and inquiries.',
  'Dark web monitoring of up to ten email addresses, phone numbers and bank account numbers.',
  'Help from a dedicated identity restoration specialist if you become a victim of identity theft.',
  'Identity theft insurance covering certain expenses and lost wages, subject to the policy terms.',
];
const kDeadH = 'Enrollment deadline';
const kDead = [
  j(
    'You must enroll by June 30, 2026. After that date your activation code will no longer work. If you are unable to enroll online,',
    'you can enroll by phone at 1-877-555-0190 with your activation code ready.',
  ),
  j(
    'Minors and people without a credit history can still enroll, but some features, such as credit report alerts, will not be',
    'available until a credit file exists.',
  ),
];
const kHelp = ['Lost your letter?', 'Having trouble verifying your identity?', 'Enrolling on behalf of a family member'];
const kHtml = `<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width">
<title>Enroll | Keystone ID Shield</title>
<meta name="description" content="Activate your complimentary Keystone ID Shield membership."><meta name="robots" content="noindex,nofollow">
<meta name="next-head-count" content="5"><link rel="preload" href="/_next/static/css/8f1a2c9e0b7d4e51.css" as="style">
<link rel="stylesheet" href="/_next/static/css/8f1a2c9e0b7d4e51.css" data-n-g=""><noscript data-n-css=""></noscript>
<script defer="" nomodule="" src="/_next/static/chunks/polyfills-c67a75d1b6f99dc8.js"></script>
<script src="/_next/static/chunks/webpack-3d1f2b6a9c4e7f10.js" defer=""></script><script src="/_next/static/chunks/framework-0e8d27528ba61906.js"
defer=""></script>
<script src="/_next/static/chunks/pages/enroll/%5Bpartner%5D-5b2e1f8a9d3c4a77.js" defer=""></script></head>
<body><div id="__next"><div class="Layout_root__k2P9x">
<header class="Header_header__Q1w7c"><a class="Header_logo__x3Zr0" href="/"><span class="sr-only">Keystone ID Shield</span></a>
<div class="Header_partner__L0bn4">In partnership with Quillmark Payroll</div>
<a class="Header_signin__pR4d2" href="/login">Already enrolled? Sign in</a></header>
<main class="EnrollPage_main__7hGq1"><section class="Hero_hero__Zx8fM"><p class="Hero_eyebrow__n6TqB">Step 1 of 3</p>
<h1 class="Hero_title__x8k2P">${kTitle}</h1>${ps(kIntro, ' class="Hero_lede__d2WmQ"')}</section>
<ol class="Stepper_stepper__r5Yw2" aria-label="Progress"><li class="Stepper_active__G3nV0">Activation code</li><li>Your details</li><li>Verify
identity</li></ol>
<section class="Content_section__hT4p8"><h2 class="Content_h2__b1VxE">${kStepsH}</h2><ol class="Content_steps__c8Kd3">${lis(kSteps)}</ol></section>
<form class="CodeForm_form__Y7s0e" action="/api/enroll/validate" method="post"><label for="code" class="CodeForm_label__Ae2q9">Activation code</label>
<input id="code" name="code" class="CodeForm_input__uN1cQ" autocomplete="off" placeholder="QMP-XXXX-XXXX">
<button type="submit" class="Button_primary__m9Jf2">Continue</button><p class="CodeForm_hint__Rf7dZ">Your code is not case sensitive.</p></form>
<section class="Content_section__hT4p8"><h2 class="Content_h2__b1VxE">${kIncH}</h2><ul class="Content_list__W4pq7">${lis(kInc)}</ul></section>
<section class="Content_section__hT4p8"><h2 class="Content_h2__b1VxE">${kDeadH}</h2>${ps(kDead)}</section></main>
<aside class="HelpDrawer_drawer__vS3k1" aria-label="Help"><h2 class="HelpDrawer_title__T0xb8">Need help?</h2><ul>${kHelp
  .map((t) => `<li><button type="button" class="HelpDrawer_item__Jf6e3">${t}</button></li>`)
  .join('\n')}</ul><p class="HelpDrawer_phone__Nn2a5">Call 1-877-555-0190, Mon–Fri 8 a.m.–8 p.m. CT</p></aside>
<footer class="Footer_footer__R2jq0"><nav class="Footer_links__Vb9x4"><a href="/privacy">Privacy Notice</a><a href="/terms">Terms of Service</a>
<a href="/insurance">Insurance Summary</a><a href="/accessibility">Accessibility</a></nav>
<p class="Footer_legal__hQ4m1">Identity theft insurance is underwritten by an affiliated carrier. Coverage may not be available in all jurisdictions.</p>
<p class="Footer_copy__e7Lt3">© 2026 Keystone ID Shield, LLC</p></footer>
<div class="CookieNotice_notice__Pq1s9" role="dialog" aria-live="polite"><p>We use essential cookies to keep you signed in and secure.</p>
<button class="CookieNotice_ok__cZ4u0">Got it</button></div></div></div>
<script id="__NEXT_DATA__" type="application/json">{"props":{"pageProps":{"partner":"quillmark","term":24,"deadline":"2026-06-30",
"copy":{"title":"${kTitle}"}},"__N_SSG":true},"page":"/enroll/[partner]","query":{"partner":"quillmark"},"buildId":"aZ3kP0qLm9",
"isFallback":false,"gsp":true,"scriptLoader":[]}</script></body></html>`;
const nextjs: TestPage = {
  name: 'heldout429-nextjs-credit-monitoring-enrol',
  kind: 'docs',
  html: kHtml,
  title: kTitle,
  headings: [kStepsH, kIncH, kDeadH],
  body: texts([...kIntro, ...kSteps, ...kInc, ...kDead]),
  bylines: [],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Keystone ID Shield', 'In partnership with Quillmark Payroll', 'Already enrolled? Sign in', 'Step 1 of 3', 'Activation code', 'Your details',
    'Verify identity',
    'Continue', 'Your code is not case sensitive.', 'Need help?', ...kHelp, 'Call 1-877-555-0190, Mon–Fri 8 a.m.–8 p.m. CT', 'Privacy Notice',
    'Terms of Service', 'Insurance Summary', 'Accessibility',
    'Identity theft insurance is underwritten by an affiliated carrier. Coverage may not be available in all jurisdictions.', '© 2026 Keystone ID Shield, LLC',
    'We use essential cookies to keep you signed in and secure.', 'Got it',
  ],
};

const cTitle = 'Northgate Dental Partners Data Incident Settlement';
const cNotice = [
  j(
    'A proposed settlement has been reached in a class action lawsuit against Northgate Dental Partners, P.C. about a ransomware',
    'attack on its computer network that was discovered in October 2025. The plaintiffs claim that Northgate did not adequately',
    'protect patients’ personal and health information. Northgate denies the claims and denies that it did anything wrong.',
  ),
  j(
    'You are a Settlement Class Member if you were sent a notice that your information may have been involved in the incident. The',
    'settlement provides reimbursement of documented out-of-pocket losses up to $2,500, reimbursement of up to four hours of lost time',
    'at $25 per hour, an alternative cash payment of $75, and two years of credit monitoring.',
  ),
  'The Court has not yet decided whether to approve the settlement. Payments will be made only if the Court approves it and after any appeals are resolved.',
];
const cDeadH = 'Important Dates';
const cDead: readonly (readonly [string, string])[] = [
  ['Submit a Claim Form', 'August 14, 2026'],
  ['Exclude Yourself (Opt Out)', 'July 30, 2026'],
  ['Object to the Settlement', 'July 30, 2026'],
  ['Final Approval Hearing', 'September 9, 2026 at 10:00 a.m.'],
];
const cRightsH = 'Your Legal Rights and Options';
const cRights = [
  'Submit a Claim Form: this is the only way to get a payment or credit monitoring.',
  'Exclude Yourself: get no payment, but keep your right to sue Northgate on your own about the same claims.',
  'Object: write to the Court about why you do not like the settlement.',
  'Do Nothing: get no payment and give up your rights to sue Northgate about the claims in this case.',
];
const cMenu = ['Home', 'File a Claim', 'Important Documents', 'Important Dates', 'Frequently Asked Questions', 'Contact Us'];
const cDocs = ['Long Form Notice', 'Settlement Agreement', 'Preliminary Approval Order', 'Claim Form (PDF)'];
const cHtml = `<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Transitional//EN" "http://www.w3.org/TR/xhtml1/DTD/xhtml1-transitional.dtd">
<html xmlns="http://www.w3.org/1999/xhtml"><head id="ctl00_Head1"><title>Home | Northgate Dental Data Settlement</title>
<meta name="viewport" content="width=device-width, initial-scale=1" /><meta name="description" content="Official website of the Northgate Dental Partners data
incident settlement." /><link href="App_Themes/Settlement/site.css" type="text/css" rel="stylesheet" /></head>
<body><form method="post" action="./Default.aspx" id="aspnetForm"><div class="aspNetHidden">
<input type="hidden" name="__VIEWSTATE" id="__VIEWSTATE" value="/wEPDwUKMTY1NDU2MTA1MmRkq7Ff0c3E1vR2mX9qz8p4bQy0Jc=" />
<input type="hidden" name="__VIEWSTATEGENERATOR" id="__VIEWSTATEGENERATOR" value="CA0B0334" /></div>
<script type="text/javascript">//<![CDATA[
var theForm = document.forms['aspnetForm']; function __doPostBack(eventTarget, eventArgument) { theForm.__EVENTTARGET.value = eventTarget; theForm.submit(); }
//]]></script>
<div id="ctl00_pnlHeader" class="header"><div class="caseCaption">Rowe, et al. v. Northgate Dental Partners, P.C., Case No. 25-CV-04417</div>
<div class="courtName">Superior Court of the State of Alder, County of Larchmont</div></div>
<div class="wrapper"><div id="ctl00_pnlNav" class="leftNav"><ul id="ctl00_menuMain">${cMenu
  .map((t, i) => `<li><a id="ctl00_menuMain_lnk${i}" href="${t.replace(/ /g, '')}.aspx">${t}</a></li>`)
  .join('\n')}</ul>
<div class="claimButton"><a id="ctl00_lnkFileClaim" class="btn" href="FileaClaim.aspx">File Your Claim Online</a></div></div>
<div id="ctl00_ContentPlaceHolder1_pnlContent" class="content"><h1 id="ctl00_ContentPlaceHolder1_lblTitle">${cTitle}</h1>
${ps(cNotice)}
<h2>${cDeadH}</h2><table id="ctl00_ContentPlaceHolder1_gvDeadlines" class="deadlines" cellspacing="0" rules="all" border="1" style="border-collapse:collapse;">
<tr><th scope="col">Action</th><th scope="col">Deadline</th></tr>
${cDead.map(([a, d]) => `<tr>\n<td>${a}</td>\n<td>${d}</td>\n</tr>`).join('\n')}</table>
<h2>${cRightsH}</h2><ul class="rights">${lis(cRights)}</ul>
<div class="docBox"><h3>Documents</h3>
<ul>${cDocs.map((t) => `<li><a href="Documents/${t.replace(/\W/g, '')}.pdf" target="_blank">${t}</a></li>`).join('\n')}</ul></div>
<p class="notice-small">This website is authorized by the Court, supervised by counsel to the parties, and controlled by the Settlement Administrator.</p>
</div></div>
<div id="ctl00_pnlFooter" class="footer"><p>Questions? Call toll-free 1-855-555-0177 or write to Northgate Data Settlement, c/o Settlement Administrator,
PO Box 2290, Larchmont, AL 00000.</p><p>Please do not contact the Court or Northgate Dental Partners with questions about the settlement.</p>
<p><a href="PrivacyPolicy.aspx">Privacy Policy</a></p></div></form></body></html>`;
const aspnet: TestPage = {
  name: 'heldout429-aspnet-settlement-website',
  kind: 'docs',
  html: cHtml,
  title: cTitle,
  headings: [cDeadH, cRightsH],
  body: texts([...cNotice, ...cDead.flat(), ...cRights]),
  bylines: [],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Rowe, et al. v. Northgate Dental Partners, P.C., Case No. 25-CV-04417', 'Superior Court of the State of Alder, County of Larchmont',
    ...cMenu.filter((t) => t !== 'Important Dates'), 'File Your Claim Online', 'Documents', ...cDocs,
    'This website is authorized by the Court, supervised by counsel to the parties, and controlled by the Settlement Administrator.',
    'Questions? Call toll-free 1-855-555-0177 or write to Northgate Data Settlement, c/o Settlement Administrator, PO Box 2290, Larchmont, AL 00000.',
    'Please do not contact the Court or Northgate Dental Partners with questions about the settlement.', 'Privacy Policy',
  ],
};

export const HELDOUT429_E: readonly TestPage[] = [nextjs, aspnet];
