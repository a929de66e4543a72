import { links, ps, type TestPage, texts } from './page-kit.js';
import { j } from './pages-heldout462-kit.js';

/**
 * Held-out batch 462, file f: an inspector's appeal decision on an old table-layout casework portal (ASP.NET, the Planning
 * Inspectorate style), and a local newsletter's post on Substack reporting a rezoning hearing.
 */
const pTitle = 'Appeal Decision';
const pHead = [
  'Appeal Ref: APP/T4410/W/26/3351207',
  'Land rear of 41 to 47 Orchard Lane, Kessington, Thornbury Vale TV7 3QJ',
  j(
    'The appeal is made under section 78 of the Town and Country Planning Act 1990 against a refusal to grant planning permission.',
    'The appeal is made by Hartfield Developments Ltd against the decision of Thornbury Vale District Council.',
  ),
  'The development proposed is the erection of 6 dwellings with associated access road, parking and landscaping.',
];
const pH = ['Decision', 'Main Issues', 'Reasons', 'Highway safety', 'Flood risk', 'Conclusion'];
const pDecision = ['1. The appeal is dismissed.'];
const pIssues = [
  j(
    '2. The main issues are the effect of the proposal on highway safety, with particular regard to pedestrians using Orchard Lane,',
    'and whether the site is suitable for housing having regard to the risk of flooding.',
  ),
];
const pHighway = [
  j(
    '3. Orchard Lane is a narrow lane with no footways, used by pupils walking to the primary school. At my site visit, at around',
    '08:40 on a school day, I saw a steady flow of parents and children walking in the carriageway, and two vehicles had to wait',
    'for pedestrians to step into field gateways.',
  ),
  j(
    "4. The appellant's traffic survey was taken during the school holidays and I give it limited weight. The proposal would add",
    "around 30 vehicle movements a day. The Council's highway officer did not object, but the officer's comments do not address",
    'conditions at school times.',
  ),
  j(
    "5. The required visibility to the north depends on the removal of part of a hedge on land outside the appellant's control.",
    'No agreement with the landowner is before me, and I cannot be sure that a condition requiring it could be met.',
  ),
  '6. I conclude that the proposal would harm highway safety, contrary to Policy TV12 of the Local Plan.',
];
const pFlood = [
  j(
    '7. The site is in Flood Zone 1, but surface water mapping shows part of it at medium risk. Interested parties gave clear',
    'evidence, including dated photographs, of standing water in several recent winters.',
  ),
  j(
    '8. The drainage strategy relies on soakaways. Infiltration tests were done in dry summer conditions on clay soils, and',
    'no alternative means of discharge has been identified. I am not satisfied that surface water can be managed without',
    'increasing the risk of flooding elsewhere.',
  ),
];
const pConc = [
  j(
    '9. The Council cannot demonstrate a five-year supply of housing land, and six dwellings would make a modest contribution.',
    'However, the harm I have found would significantly and demonstrably outweigh that benefit.',
  ),
  '10. For the reasons given above, the appeal is dismissed.',
  'R Achterberg',
  'INSPECTOR',
];
const pHtml = `<!DOCTYPE HTML PUBLIC "-//W3C//DTD HTML 4.01 Transitional//EN" "http://www.w3.org/TR/html4/loose.dtd">
<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"><title>Appeals Casework Portal - View Case</title>
<link href="/ViewCase/Styles/acp.css" rel="stylesheet" type="text/css"><script type="text/javascript" src="/WebResource.axd?d=pynGkmcFUV0"></script>
<style type="text/css">.hdr{background:#005ea5;color:#fff}.small{font-size:11px}td.lbl{font-weight:bold;width:180px}</style></head>
<body><form name="form1" method="post" action="./ViewCase.aspx?caseid=3351207" id="form1">
<input type="hidden" name="__VIEWSTATE" id="__VIEWSTATE" value="/wEPDwULLTE4NTk3NzI0MjRkZA==">
<table width="100%" border="0" cellspacing="0" cellpadding="0"><tr class="hdr"><td><img src="/images/pins_logo.gif" alt="The Planning Inspectorate"></td>
<td align="right" class="small"><a href="/Default.aspx" style="color:#fff">Home</a> <a href="/Search.aspx" style="color:#fff">Search</a>
<a href="/Help.aspx" style="color:#fff">Help</a></td></tr></table>
<table width="100%" border="0" cellspacing="0" cellpadding="8"><tr><td width="200" valign="top" class="leftnav">
<table border="0" cellpadding="2"><tr><td><a href="#">Case details</a></td></tr><tr><td><a href="#">Documents</a></td></tr>
<tr><td><a href="#">Make a representation</a></td></tr></table></td>
<td valign="top"><table width="100%" border="0" cellpadding="3"><tr><td class="lbl">Case reference:</td><td>3351207</td></tr>
<tr><td class="lbl">Case status:</td><td>Decided</td></tr></table><hr>
<div id="decisionText"><p class="small">Site visit made on 3 March 2027</p><h1 align="center">${pTitle}</h1>
<p align="center">by Ruth Achterberg BA(Hons) MA MRTPI</p><p align="center" class="small">an Inspector appointed by the Secretary of State</p>
<p align="right"><b>Decision date: 24 March 2027</b></p>
<table width="100%" border="1" cellpadding="6" cellspacing="0" style="border-collapse:collapse"><tr><td>
<p><b>${pHead[0]}</b><br>${pHead[1]}</p><ul><li>${pHead[2]}</li><li>${pHead[3]}</li></ul></td></tr></table>
<h2>${pH[0]}</h2>${ps(pDecision)}<h2>${pH[1]}</h2>${ps(pIssues)}<h2>${pH[2]}</h2><h3><i>${pH[3]}</i></h3>${ps(pHighway)}
<h3><i>${pH[4]}</i></h3>${ps(pFlood)}<h2>${pH[5]}</h2>${ps(pConc.slice(0, 2))}<p><i>${pConc[2]}</i><br>${pConc[3]}</p></div>
<hr><p class="small"><a href="/ViewDocument.aspx?fileid=55812093">Download decision (PDF)</a></p></td></tr></table>
<table width="100%" class="small"><tr><td align="center">&copy; Crown copyright <a href="/Privacy.aspx">Privacy</a>
<a href="/Accessibility.aspx">Accessibility</a></td></tr></table></form></body></html>`;
const acp: TestPage = {
  name: 'heldout462-appeal-decision-table-layout',
  kind: 'docs',
  html: pHtml,
  title: pTitle,
  headings: pH,
  body: texts([...pHead, ...pDecision, ...pIssues, ...pHighway, ...pFlood, ...pConc]),
  bylines: [
    'Site visit made on 3 March 2027',
    'by Ruth Achterberg BA(Hons) MA MRTPI',
    'an Inspector appointed by the Secretary of State',
    'Decision date: 24 March 2027',
  ],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Home', 'Search', 'Help', 'Case details', 'Documents', 'Make a representation', 'Decided', 'Download decision (PDF)',
    '© Crown copyright', 'Privacy', 'Accessibility',
  ],
};

const uTitle = 'Harmon Street rezoning draws a full house';
const uSub = 'Commissioners split 4-3 after two hours of comment; the request goes to Council in January';
const uParas = [
  j(
    'Council Chambers ran out of chairs on Tuesday night as more than ninety people came to hear the Planning Commission take up',
    'the request to rezone the old tire center block on W. Harmon Street.',
  ),
  j(
    'Twenty-six people spoke. Most said they wanted housing on the block but not the four stories the MU-1 zone would allow. Several',
    'read from letters they had already sent to the planning office, and one neighbor brought a photo of both curbs lined with cars',
    'at 9 p.m. on a weeknight.',
  ),
  j(
    "The developer's engineer told the Commission the company would accept a 35-foot height limit as a condition. Staff said",
    "conditions of that kind are allowed under the city's conditional rezoning rules but must be offered in writing by the owner.",
  ),
  '"I don\'t think anybody in this room is against the building we saw in September," Commissioner Ray Oduya said. "They\'re against a blank check."',
  j(
    'The Commission voted 4-3 to recommend approval with the height condition and one parking space per unit. City Council is',
    'expected to hold its own hearing on January 11.',
  ),
];
const uHtml = `<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>${uTitle} - The Falls Ledger</title>
<meta name="viewport" content="width=device-width, initial-scale=1"><meta property="og:title" content="${uTitle}">
<meta name="author" content="Tomás Rivera-Burke">
<script type="application/ld+json">{"@context":"https://schema.org","@type":"NewsArticle","headline":"${uTitle}",
"datePublished":"2026-12-02T11:00:00+00:00",
"author":[{"@type":"Person","name":"Tomás Rivera-Burke"}],"publisher":{"@type":"Organization","name":"The Falls Ledger"}}</script>
<link rel="stylesheet" href="https://substackcdn.com/bundle/theme/main.css"><script>window._preloads = JSON.parse("{\\"isSubscribed\\":false}")</script></head>
<body><div id="entry"><div id="main" class="main typography use-theme-bg"><div class="main-menu-content"><div class="topbar-content">
<a href="/" class="navbar-title-link">The Falls Ledger</a><div class="navbar-buttons"><button class="button primary subscribe-btn">Subscribe</button>
<a href="/sign-in" class="button">Sign in</a></div></div></div>
<div class="single-post-container"><div class="container"><div class="single-post"><article class="typography newsletter-post post">
<div class="post-header"><h1 class="post-title unpublished">${uTitle}</h1><h3 class="subtitle">${uSub}</h3>
<div class="post-meta"><div class="profile-hover-card-target"><a href="https://substack.com/@tomasrb">Tomás Rivera-Burke</a></div>
<div class="post-date" title="Dec 2, 2026">Dec 2, 2026</div></div>
<div class="post-ufi"><a class="like-button-container" href="#"><span class="label">14</span></a><a class="post-ufi-comment-button" href="#comments">
<span class="label">6</span></a><a class="post-ufi-button" href="#">Share</a></div></div>
<div class="available-content"><div class="body markup" dir="auto">${ps(uParas.slice(0, 3))}<blockquote><p>${uParas[3]}</p></blockquote>
${ps(uParas.slice(4))}
<div class="subscription-widget-wrap"><div class="subscription-widget show-subscribe"><p class="subscription-widget-preamble">
The Falls Ledger is a reader-supported publication. To receive new posts and support my work, consider becoming a free or paid subscriber.</p>
<input type="email" placeholder="Type your email..."><button class="button primary">Subscribe</button></div></div></div></div></article>
<div class="post-footer"><a class="button" href="#">Share</a><a class="button" href="#comments">Leave a comment</a></div>
<div id="discussion"><h4>Discussion about this post</h4><div class="comment"><a class="comment-meta" href="#">Gail Pruett</a><span>Dec 2</span>
<p>Thank you for covering this. The Ledger was the only press in the room.</p></div></div></div></div></div>
<div class="footer-wrap"><ul>${links(['Privacy', 'Terms', 'Collection notice'])}</ul><p>© 2026 Tomás Rivera-Burke</p>
<p><a href="https://substack.com/signup">Start writing</a> <a href="https://substack.com/app">Get the app</a></p>
<p>Substack is the home for great culture</p></div></div></div>
<script src="https://substackcdn.com/bundle/static/js/main.js"></script></body></html>`;
const substack: TestPage = {
  name: 'heldout462-substack-hearing-report',
  kind: 'news',
  html: uHtml,
  title: uTitle,
  headings: [],
  body: texts([uSub, ...uParas]),
  bylines: ['Tomás Rivera-Burke', 'Dec 2, 2026', 'Gail Pruett', 'Dec 2'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'The Falls Ledger', 'Subscribe', 'Sign in', '14', '6', 'Share',
    'The Falls Ledger is a reader-supported publication. To receive new posts and support my work, consider becoming a free or paid subscriber.',
    'Leave a comment', 'Discussion about this post', 'Thank you for covering this. The Ledger was the only press in the room.', 'Privacy', 'Terms',
    'Collection notice', '© 2026 Tomás Rivera-Burke', 'Start writing', 'Get the app', 'Substack is the home for great culture',
  ],
};

export const HELDOUT462_F: readonly TestPage[] = [acp, substack];
