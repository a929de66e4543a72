/**
 * Held-out batch 118, file f3: the page chrome of the DigitalOcean community tutorial of file f2 (top bar, main nav,
 * community sub-nav, right-rail promo, post-article blocks, comments, promos, footer and the TrustArc-style cookie bar),
 * as HTML builders and the furniture texts they hold.
 */
import { links } from './page-kit.js';

export const doTop = ['Blog', 'Docs', 'Get Support', 'Contact Sales'];
export const doNav = ['Products', 'Solutions', 'Developers', 'Partners', 'Pricing'];
export const doAuth = ['Log in', 'Sign up'];
export const doSub = ['Tutorials', 'Questions', 'Product Docs', 'Search Community'];
export const doTags = ['Monitoring', 'Nginx', 'Ubuntu 24.04'];
export const doRail = ['Table of contents', 'Deploy on DigitalOcean', 'Click below to sign up and get $200 of credit to try our products over 60 days!'];
export const doThanks = [
  'Thanks for learning with the DigitalOcean Community. Check out our offerings for compute, storage, networking, and managed databases.',
  'Learn more about our products',
];
export const doAbout = [
  'About the author',
  'Rowan Achterberg',
  'Senior Technical Writer',
  'Rowan writes about Linux administration and self-hosting. Before joining the community team, Rowan ran the infrastructure for a ' +
    'regional newspaper group for nine years.',
  'See author profile',
];
export const doStill = ['Still looking for an answer?', 'Ask a question', 'Search for more help'];
export const doHelpful = ['Was this helpful?', 'Yes', 'No'];
export const doCommentUi = [
  'Comments',
  'This textbox defaults to using Markdown to format your answer.',
  'You can type !ref in this text area to quickly search our full set of tutorials, documentation & marketplace offerings and insert the link!',
  'Sign in/up to comment',
];
export const doComments: [string, string, string][] = [
  [
    'mkasprzak',
    'October 9, 2025',
    'Worked first time on a fresh droplet. One thing I had to add: the skiff user needs read access to /etc/skiff, otherwise the ' +
      'service starts and then exits straight away.',
  ],
  ['tessa.obi', 'October 12, 2025', 'Is there a way to make the status page public but keep the dashboard behind a login?'],
];
export const doLicence = 'This work is licensed under a Creative Commons Attribution-NonCommercial- ShareAlike 4.0 International License.';
export const doPromos = [
  'Join the Tech Talk',
  'Success! Thank you! Please check your email for further details.',
  'Please complete your information!',
  'Become a contributor for community',
  'Get paid to write technical tutorials and select a tech-focused charity to receive a matching donation.',
  'DigitalOcean Documentation',
  'Full documentation for every DigitalOcean product.',
  'Learn more',
  'Get our newsletter',
  'Stay up to date by signing up for DigitalOcean’s Infrastructure as a Newsletter.',
  'Submit',
  'New accounts only. By submitting your email you agree to our Privacy Policy',
  'The developer cloud',
  'Scale up as you grow — whether you are running one virtual machine or ten thousand.',
  'Get started for free',
  'Sign up and get $200 in credit for your first 60 days with DigitalOcean.*',
  '*This promotional offer applies to new accounts only.',
];
export const doFoot: [string, string[]][] = [
  ['Company', ['About', 'Leadership', 'Careers', 'Customers', 'Partners', 'Referral Program', 'Press', 'Legal', 'Privacy Policy', 'Security']],
  ['Products', ['Overview', 'Droplets', 'Kubernetes', 'Functions', 'App Platform', 'Managed Databases', 'Spaces', 'Load Balancers']],
  ['Resources', ['Community Tutorials', 'Community Q&A', 'Write for DOnations', 'Marketplace', 'Pricing Calculator', 'Documentation', 'Release Notes']],
  ['Contact', ['Support', 'Sales', 'Report Abuse', 'System Status', 'Share your ideas']],
];
export const doLegal = ['© 2025 DigitalOcean, LLC.', 'Sitemap.', 'Cookie Preferences'];
export const doCookie = [
  'We use cookies and similar technologies to run this site, to analyse traffic, and to show you relevant ads. You can accept all ' +
    'cookies or choose the ones we may use.',
  'Agree & Proceed',
  'Required Only',
  'Cookie Preferences',
];

export const doHeader = (): string => `<div class="TopBar_StyledTopBar-sc-1y2vo4f-0 jkWbRq"><ul class="TopBar_links">${links(doTop)}</ul></div>
<header class="Header_StyledHeader-sc-8d2j0x-0 kQwNsa" data-testid="header"><nav aria-label="Main" class="Header_Nav"><a href="/" class="Header_Logo"
aria-label="DigitalOcean"><svg width="150" height="26" viewBox="0 0 150 26"></svg></a><ul class="Header_Menu">
${doNav.map((t) => `<li><button type="button" class="Header_MenuButton" aria-expanded="false">${t}</button></li>`).join('\n')}</ul>
<div class="Header_Auth"><a href="https://cloud.digitalocean.example/login" class="Button_Secondary">${doAuth[0]}</a><a
href="https://cloud.digitalocean.example/registrations/new" class="Button_Primary">${doAuth[1]}</a></div></nav></header>
<nav class="CommunityNav_StyledCommunityNav-sc-1g7l2b5-0 hbQWoT" aria-label="Community"><ul>${links(doSub.slice(0, 3))}</ul>
<form role="search" action="/community/search"><label class="sr-only" for="community-search">${doSub[3]}</label><input id="community-search"
type="search" placeholder="Search Community"></form></nav>`;

export const doRailHtml = (toc: string): string => `<aside class="TutorialRail_StyledRail-sc-9x0p1c-0 ePzQfa"><div class="TableOfContents_Wrapper">
<p class="TableOfContents_Title">${doRail[0]}</p><ol>${toc}</ol></div><div class="PromoCard_Wrapper"><p class="PromoCard_Title">${doRail[1]}</p>
<p>${doRail[2]}</p><a class="Button_Primary" href="https://www.digitalocean.example/?refcode=community">Sign up</a></div></aside>`;

export const doAfter = (): string => `<div class="Thanks_Wrapper"><p>${doThanks[0]}</p><a href="/products">${doThanks[1]}</a></div>
<section class="AboutAuthor_Wrapper"><h2 class="AboutAuthor_Title">${doAbout[0]}</h2><div class="AboutAuthor_Card">
<img alt="" src="https://www.gravatar.example/avatar/ra">
<div><a class="AboutAuthor_Name" href="/community/users/rachterberg">${doAbout[1]}</a><p class="AboutAuthor_Role">${doAbout[2]}</p><p>${doAbout[3]}</p>
<a href="/community/users/rachterberg">${doAbout[4]}</a></div></div></section>
<section class="StillLooking_Wrapper"><h2>${doStill[0]}</h2><a class="Button_Secondary" href="/community/questions/new">${doStill[1]}</a><a
class="Button_Secondary" href="/community/search">${doStill[2]}</a></section>
<section class="Helpful_Wrapper"><p>${doHelpful[0]}</p><button type="button">Yes</button><button type="button">No</button></section>
<section class="Comments_Wrapper" id="comments"><h2 class="Comments_Title">${doCommentUi[0]}</h2><form class="CommentForm">
<textarea placeholder="Leave a comment..."
aria-label="Leave a comment"></textarea><p class="CommentForm_Hint">${doCommentUi[1]}</p><p class="CommentForm_Hint">${doCommentUi[2]}</p>
<a class="Button_Primary"
href="https://cloud.digitalocean.example/login">${doCommentUi[3]}</a></form><ul class="Comments_List">
${doComments
  .map(
    ([who, when, text]) => `<li class="Comment_Wrapper"><div class="Comment_Meta"><a href="/community/users/${who}" class="Comment_Author">${who}</a><span
class="Comment_Date">${when}</span></div><div class="Comment_Body"><p>${text}</p></div></li>`,
  )
  .join('\n')}</ul></section>
<p class="License_Wrapper"><a rel="license" href="https://creativecommons.org/licenses/by-nc-sa/4.0/"><img alt="Creative Commons" src="/cc.png">
</a>${doLicence}</p>
<section class="Promos_Wrapper"><div class="Promo"><h2>${doPromos[0]}</h2><p class="Promo_Success" hidden>${doPromos[1]}</p><p class="Promo_Error"
hidden>${doPromos[2]}</p></div><div class="Promo"><h3>${doPromos[3]}</h3><p>${doPromos[4]}</p><a href="/community/pages/write-for-digitalocean">Sign up</a>
</div><div class="Promo"><h3>${doPromos[5]}</h3><p>${doPromos[6]}</p><a href="https://docs.digitalocean.example">${doPromos[7]}</a></div><div class="Promo">
<h3>${doPromos[8]}</h3><p>${doPromos[9]}</p><form><input type="email" placeholder="Enter your email" aria-label="Email">
<button type="submit">${doPromos[10]}</button>
</form><p class="Promo_Fine">${doPromos[11]}</p></div></section>
<section class="Cta_Wrapper"><h2>${doPromos[12]}</h2><p>${doPromos[13]}</p>
<a class="Button_Primary" href="https://cloud.digitalocean.example/registrations/new">
${doPromos[14]}</a><p>${doPromos[15]}</p><p class="Cta_Fine">${doPromos[16]}</p></section>`;

export const doFooter = (): string => `<footer class="Footer_StyledFooter-sc-4x1a0b-0 dUqWmZ"><div class="Footer_Columns">
${doFoot.map(([h, items]) => `<div class="Footer_Column"><h2 class="Footer_Heading">${h}</h2><ul>${links(items)}</ul></div>`).join('\n')}</div>
<div class="Footer_Bottom"><p>${doLegal[0]}</p><a href="/sitemap">${doLegal[1]}</a><button type="button" class="Footer_Cookie">${doLegal[2]}</button></div>
</footer>
<div id="consent_blackbar"><div id="truste-consent-track" class="truste-banner" role="region" aria-label="Cookie banner"><div id="truste-consent-content">
<div id="truste-consent-text">${doCookie[0]}</div><div id="truste-consent-buttons"><button id="truste-consent-button" type="button">Agree &amp; Proceed</button>
<button id="truste-consent-required" type="button">${doCookie[2]}</button><button id="truste-show-consent" type="button">${doCookie[3]}</button></div></div>
</div></div>`;
