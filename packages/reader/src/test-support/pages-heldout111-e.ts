import { links, ps, type TestPage, texts } from './page-kit.js';
import { wikiPage } from './pages-heldout111-e2.js';

/**
 * Held-out batch 111, file e: a help article on a Microsoft Support-style site (the site header with product nav and
 * "Sign in", the search box, the "Applies To" product list above the text, the "In this article" jump list, the article with
 * h2 sections, numbered steps, a note and a table, the "Need more help?" and "Was this information helpful?" boxes, the
 * "Related articles" list, the "Subscribe" / "RSS feeds" block, the footer columns and the hidden "Thank you for your
 * feedback!" text) and, from file e2, a MediaWiki page with its "Contents" box, "[edit]" links and "Retrieved from" line.
 */
const msTitle = 'Set up automatic replies when you are out of the office';
const msIntro = [
  'Automatic replies let people who email you know that you are away and when you will be back. You can set them to start and ' +
    'stop on a schedule, and send a different message to people outside your organization.',
];
const msH1 = 'Turn on automatic replies in Larchmail for desktop';
const msSteps1 = [
  'Select File > Automatic Replies.',
  'Select Send automatic replies.',
  'To set a date range, select Only send during this time range, and then choose a start and end time.',
  'On the Inside My Organization tab, type the reply that people in your organization will receive.',
  'On the Outside My Organization tab, choose whether to reply to everyone or only to your contacts, and type the reply.',
  'Select OK to save your settings.',
];
const msNote =
  'Note: If you do not see Automatic Replies on the File tab, your account may not support them. Ask your administrator, or ' +
  'use Larchmail on the web instead.';
const msH2 = 'Turn on automatic replies in Larchmail on the web';
const msSteps2 = [
  'At the top of the page, select Settings.',
  'Select Mail > Automatic replies.',
  'Turn on the Automatic replies on toggle.',
  'Select Send replies only during a time period, and then enter a start and end time.',
  'Type your message in the box and select Save.',
];
const msH3 = 'Which option should I use?';
const msTableIntro = 'Both versions send the same reply. The differences are in what else they can do while you are away:';
const msRows = [
  ['Block your calendar while you are away', 'No', 'Yes'],
  ['Decline new meeting invitations', 'No', 'Yes'],
  ['Set rules for incoming mail', 'Yes', 'Yes'],
];
const msH4 = 'Turn off automatic replies';
const msOff = [
  'If you set a date range, automatic replies stop on their own at the end time. To stop them early, open Automatic Replies ' +
    'again and select Do not send automatic replies, or turn off the toggle on the web.',
  'When you turn them off, Larchmail shows a banner for a few seconds to confirm. People who emailed you while you were away ' +
    'will not get a second message.',
  'If replies keep going out after you turn them off, check whether a rule is also sending them. Open Rules, look for any rule ' +
    'that replies with a template, and turn it off.',
];
const msApplies = ['Larchmail for Hearthsuite 365', 'Larchmail 2024', 'Larchmail 2021', 'Larchmail on the web'];
const msRelated = ['Create rules to manage your email', 'Share your calendar with others', 'Add a signature to messages'];
const msNav = ['Hearthsuite 365', 'Larchmail', 'Teams', 'Drive', 'Windows', 'More'];
const msFootCols = [
  ['What’s new', 'Surface Pro', 'Hearthsuite 365 apps', 'Windows 11 apps'],
  ['Education', 'Hearthsuite for students', 'Deals for students and parents'],
  ['Company', 'Careers', 'About Fernwell', 'Privacy at Fernwell', 'Investors'],
];
const msBottom = ['English (United States)', 'Your Privacy Choices', 'Contact Fernwell', 'Privacy', 'Terms of use', 'Trademarks', '© Fernwell 2026'];
const msHtml = `<!DOCTYPE html>
<html lang="en-US" dir="ltr"><head><meta charset="utf-8"><title>${msTitle} - Fernwell Support</title><meta name="viewport"
content="width=device-width, initial-scale=1">
<meta name="description" content="${msIntro[0]?.slice(0, 100)}"><meta name="awa-articleGuid" content="9f03a1c4-2b7e-4e11-a6d0-5e8c77b1f2aa">
<meta name="awa-product" content="Larchmail;Larchmail on the web"><link rel="stylesheet" href="https://support.fernwell.example/css/ocp-article.min.css">
<script>window.ocpConfig = {"locale":"en-us","articleId":"9f03a1c4"};</script></head>
<body class="supCentralBody"><div id="headerArea" class="uhf" role="banner"><header id="uhf-header" class="c-uhfh"><a class="c-uhfh-logo" href="/">Fernwell</a>
<a id="uhf-support-link" class="c-uhfh-heading" href="/">Support</a><nav id="uhf-nav" class="c-uhfh-nav" aria-label="Contextual menu">
<ul>${links(msNav, 'nav-item')}</ul>
</nav><a class="c-uhf-sign-in" href="/signin">Sign in</a></header></div>
<main id="mainContent" class="supCentralContent"><div class="ocSearch"><form role="search"><label for="supHomeAndLandingPageSearchBox"
class="ocHidden">Search</label>
<input id="supHomeAndLandingPageSearchBox" placeholder="How can we help you?"></form></div>
<article id="ocpArticleContent" class="ocpArticleContent" lang="en-us"><div class="appliesToSection"><div class="appliesTo" role="heading"
aria-level="2">Applies To</div>
<div class="appliesToList">${msApplies.map((t) => `<span class="appliesToItem">${t}</span>`).join('\n')}</div></div>
<section class="ocpSection ocpIntroduction"><h1 id="page-header" class="ocpArticleTitle">${msTitle}</h1><p>${msIntro[0]}</p></section>
<nav class="ocpInThisArticle" aria-labelledby="inThisArticle"><h2 id="inThisArticle" class="ocpInThisArticleHeading">In this article</h2><ul>${[
  msH1,
  msH2,
  msH3,
  msH4,
]
  .map((t, i) => `<li><a href="#bkmk_${i}">${t}</a></li>`)
  .join('')}</ul></nav>
<section class="ocpSection" id="bkmk_0"><h2 class="ocpHeading">${msH1}</h2><ol>${msSteps1.map((t) => `<li><p>${t}</p></li>`).join('\n')}</ol>
<div class="ocpAlertSection"><p class="ocpNote">${msNote}</p></div></section>
<section class="ocpSection" id="bkmk_1"><h2 class="ocpHeading">${msH2}</h2><ol>${msSteps2.map((t) => `<li><p>${t}</p></li>`).join('\n')}</ol></section>
<section class="ocpSection" id="bkmk_2"><h2 class="ocpHeading">${msH3}</h2><p>${msTableIntro}</p><table class="banded"><thead><tr><th>Feature</th>
<th>Desktop</th><th>Web</th></tr></thead><tbody>${msRows.map((r) => `<tr>${r.map((c) => `<td><p>${c}</p></td>`).join('')}</tr>`).join('\n')}</tbody></table>
</section>
<section class="ocpSection" id="bkmk_3"><h2 class="ocpHeading">${msH4}</h2>${ps(msOff)}</section>
<section class="ocpSection ocpRelated"><h2>Related articles</h2><ul>${links(msRelated)}</ul></section></article>
<div class="supArticleFeedback"><section class="needMoreHelp"><h2>Need more help?</h2><p>Want more options?</p><a href="/contact">Contact Support</a>
<a href="https://answers.fernwell.example">Ask the community</a></section>
<section class="feedbackSection"><h3 id="supArticleFeedbackHeading">Was this information helpful?</h3><button data-bi-name="ArticleFeedback-Yes">Yes</button>
<button data-bi-name="ArticleFeedback-No">No</button><div class="feedbackThankYou" hidden>Thank you for your feedback!</div></section>
<section class="subscribeSection"><h3>Subscribe to stay in the loop</h3><a href="/rss">Subscribe RSS feeds</a></section></div></main>
<footer id="uhf-footer" class="c-uhff"><nav class="c-uhff-nav" aria-label="Footer Resource links">${msFootCols
  .map(([h, ...items]) => `<div class="c-uhff-nav-row"><h2 class="c-uhff-nav-group-heading">${h}</h2><ul>${links(items)}</ul></div>`)
  .join('\n')}</nav><div class="c-uhff-base"><ul>${links(msBottom, 'c-uhff-item')}</ul></div></footer>
<script src="https://support.fernwell.example/js/ocp-article.min.js" async></script></body></html>`;
const support: TestPage = {
  html: msHtml,
  name: 'heldout111-ms-support-help-article',
  kind: 'docs',
  // the steps, the note and the table's data cells are body (the header cells in neither list); "Applies To" and its products,
  // "In this article" and its links (they repeat the headings and are left out), "Related articles", the feedback and help
  // boxes, nav and footer are furniture; the page has no byline; "Yes" and "No" are left out (words of table cells)
  title: msTitle,
  headings: [msH1, msH2, msH3, msH4],
  body: [...msIntro, ...msSteps1, msNote, ...msSteps2, msTableIntro, ...msRows.flat(), ...texts(msOff)],
  bylines: [],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Fernwell', 'Support', ...msNav, 'Sign in', 'Applies To', ...msApplies, 'In this article', 'Related articles', ...msRelated, 'Need more help?',
    'Want more options?', 'Contact Support', 'Ask the community', 'Was this information helpful?', 'Thank you for your feedback!',
    'Subscribe to stay in the loop', 'Subscribe RSS feeds', ...msFootCols.flat(), ...msBottom,
  ],
};

export const HELDOUT111_E: readonly TestPage[] = [support, wikiPage];
