import { links, ps, type TestPage, texts } from './page-kit.js';

/**
 * Held-out batch 188, file c2: an Indiegogo campaign page on its Story tab (the site header with "Explore", "What We Do",
 * search, "Start a campaign", "Log In" and "Sign Up", the "FUNDING" label, title and tagline, the owner block with location and
 * campaign count, the funding box with amount, backers, percentage, goal type and days left, "BACK IT" and "Follow", the tab bar
 * with counts, the story body with headings, images with captions and a pull-quote, the perk cards with prices, claims and
 * shipping, the newsletter strip, the cookie banner and the footer).
 */
const igTitle = 'Hollin One: the wind-up radio you can fix yourself';
const igTag = 'A DAB+ and FM radio with a hand crank, a solar lid and parts you can replace with a screwdriver.';
const igH1 = 'Why we built it';
const igP1 = [
  'Three winters ago a storm took out the power on our street in Hebble Bridge for four days. The phone networks went down the ' +
    'second night. The only way anyone knew what was happening was an old wind-up radio that belonged to the woman at number nine, ' +
    'and half the street gathered in her kitchen to listen to it.',
  'Afterwards we went looking for one to buy. Everything we found was either a toy that broke within a year or a sealed box that ' +
    'went straight in the bin when the battery failed. So we built our own.',
];
const igH2 = 'What the Hollin One does';
const igList = [
  'Receives DAB+ and FM, with five presets and a backlit display you can read in the dark.',
  'One minute of cranking gives about forty minutes of listening at normal volume.',
  'The lid is a 2 W solar panel that tops up the battery on a windowsill.',
  'A USB-C port charges your phone from the radio’s battery in an emergency.',
  'A built-in torch and a loud SOS tone, in case you need to be found.',
];
const igH3 = 'Built to be repaired';
const igP2 = [
  'Every part of the Hollin One that is likely to wear out can be replaced at home with a single Torx screwdriver, which we include ' +
    'in the box. The battery is a standard 18650 cell in a clip-in tray, not glued to anything. The crank gearbox lifts out in one ' +
    'piece. The speaker, the aerial and the display are held in with screws, not clips.',
  'We will sell every spare part at cost on our website for at least ten years after the last radio ships, and we are publishing ' +
    'the repair manual and the circuit diagrams under an open licence on the day the campaign ends.',
];
const igQuote = 'If you can’t open it, you don’t really own it. We wanted a radio our grandchildren could still fix.';
const igH4 = 'Where we are now';
const igP3 = [
  'We have built forty working prototypes by hand and tested them with families in three villages in the Calder Valley over the ' +
    'last year. They found two problems: the crank handle was too short for children, and the display was too dim in sunlight. ' +
    'Both are fixed in the production design shown here.',
  'Our manufacturing partner in Telford has made tooling samples of the case and the gearbox, and we have a production slot booked ' +
    'for February. The money raised here pays for the final injection moulds, the first production run of two thousand radios, and ' +
    'radio certification for the UK, the EU and the US.',
];
const igH5 = 'Risks, honestly';
const igP4 = [
  'We have never made two thousand of anything before. The biggest risk is the DAB+ module, which comes from a single supplier. ' +
    'We have ordered those modules already with the first pledges, so if there is a delay it is most likely to be in shipping. If ' +
    'that happens we will tell you in an update the week we find out, not the week the radios were due.',
];
const igNav = ['Explore', 'What We Do', 'For Entrepreneurs', 'Start a campaign', 'Log In', 'Sign Up'];
const igTabs = ['Story', 'FAQ', 'Updates 3', 'Comments 61', 'Community'];
const igCaps = ['The Hollin One in slate, with the solar lid open.', 'Every wearing part comes out with one screwdriver.'] as const;
const igPerks = [
  ['Super Early Bird', '£79 GBP', '£129 GBP', '(38% off)', 'One Hollin One radio in slate or moss, with the repair screwdriver.', '200 out of 200 claimed'],
  ['Early Bird', '£89 GBP', '£129 GBP', '(31% off)', 'One Hollin One radio in any colour, with the repair screwdriver.', '141 out of 400 claimed'],
  ['Street Pack', '£319 GBP', '£516 GBP', '(38% off)', 'Four Hollin One radios, for you and your neighbours.', '23 out of 100 claimed'],
] as const;
const igNews = ['Find the next big thing', 'Sign up for our newsletter to see the newest campaigns first.', 'Your email', 'Sign Me Up'];
const igFoot = ['About Us', 'Blog', 'Trust & Safety', 'Help & Support', 'Press', 'Careers', 'Terms of Use', 'Privacy Policy', 'Cookie Policy'];
const igCookie = 'We use cookies to improve your experience on our site and to show you relevant campaigns.';
const igPerk = (p: readonly string[]): string => `<div class="perkCard"><div class="perkCard-image"><img alt="" src="/perk.jpg"></div>
<div class="perkCard-body"><h3 class="perkCard-title">${p[0]}</h3><div class="perkCard-price"><span class="perkCard-amount">${p[1]}</span>
<span class="perkCard-retail">${p[2]}</span><span class="perkCard-discount">${p[3]}</span></div><p class="perkCard-description">${p[4]}</p>
<div class="perkCard-label">Included Items</div><ul class="perkCard-items"><li>Hollin One Radio</li></ul><div class="perkCard-label">Estimated Shipping</div>
<div class="perkCard-value">April 2026</div><div class="perkCard-claimed">${p[5]}</div><div class="perkCard-ships">Ships worldwide.</div>
<button class="perkCard-getPerk" type="button">Get this perk</button></div></div>`;
const igFig = (src: string, cap: string): string =>
  `<div class="image-wrapper"><img src="https://c1.iggcdn.example/indiegogo-media/${src}" alt=""><p class="caption"><em>${cap}</em></p></div>`;
const igHtml = `<!DOCTYPE html>
<html lang="en" ng-app="indiegogo"><head><meta charset="utf-8"><title>Hollin One: the wind-up radio you can fix yourself | Indiegogo</title>
<meta name="viewport" content="width=device-width, initial-scale=1"><meta name="description" content="${igTag}">
<meta property="og:title" content="${igTitle}"><meta property="og:site_name" content="Indiegogo"><meta property="og:type" content="website">
<link rel="canonical" href="https://www.indiegogo.example/projects/hollin-one-the-wind-up-radio-you-can-fix-yourself">
<script>window.gon={"campaign":{"id":2901377,"title":"${igTitle}","currency":"GBP","funds_raised_amount":41870,"goal":30000}};</script>
<link rel="stylesheet" href="https://g0.iggcdn.example/assets/site/application-1f9b.css"></head>
<body class="campaignPage"><div class="ng-scope"><header class="header" role="banner"><div class="header-container">
<a class="header-logo" href="/" aria-label="Indiegogo home"><span class="i-logo"></span></a><nav
class="header-nav"><ul>${links(igNav, 'header-navItem')}</ul></nav>
<form class="header-search"><input placeholder="Search for campaigns" aria-label="Search for campaigns"></form></div></header>
<div class="campaignPage-container"><div class="basicsSection"><div class="basicsSection-image"><img alt="${igTitle}" src="/hero.jpg"></div>
<div class="basicsSection-details"><div class="basicsSection-fundingLabel">Funding</div><h1 class="basicsSection-title t-h3">${igTitle}</h1>
<div class="basicsSection-tagline t-body--large">${igTag}</div><div class="campaignOwner"><img class="campaignOwner-avatar" alt="" src="/owner.jpg">
<div class="campaignOwner-details"><a class="campaignOwnerName-tooltip" href="/individuals/3310945">Hollin Audio</a>
<div class="campaignOwner-location">Hebble Bridge, United Kingdom</div><div class="campaignOwner-campaigns">1 Campaign</div></div></div>
<div class="basicsGoalProgress"><div class="basicsGoalProgress-amountSold t-h5--sansSerif">£41,870 GBP</div>
<div class="basicsGoalProgress-backers">by 503 backers</div><div class="indieGoProgressBar" role="progressbar" aria-valuenow="139"></div>
<div class="basicsGoalProgress-progressDetails"><span class="basicsGoalProgress-percent">139%</span> <span>of £30,000 Flexible Goal</span>
<span class="basicsGoalProgress-claimedOrLeft">12 days left</span></div></div><div class="basicsCampaignButtons">
<button class="buttonPrimary buttonPrimary--gogenta" type="button">Back it</button><button class="buttonSecondary follow-button" type="button">Follow</button>
</div></div></div>
<nav class="campaignTabs" role="tablist">${igTabs.map((t, i) => `<a role="tab" class="campaignTabs-tab${i === 0 ? ' is-active' : ''}">${t}</a>`).join('')}</nav>
<div class="campaignPage-body"><div class="routerContentStory"><div class="routerContentStory-storyBody"><div class="storySection">
<h2>${igH1}</h2>${ps(igP1)}${igFig('hero-slate.jpg', igCaps[0])}<h2>${igH2}</h2><ul>${igList.map((t) => `<li>${t}</li>`).join('')}</ul>
<h2>${igH3}</h2>${ps(igP2)}${igFig('parts.jpg', igCaps[1])}<blockquote><p>${igQuote}</p></blockquote><h2>${igH4}</h2>${ps(igP3)}
<h2>${igH5}</h2>${ps(igP4)}</div></div><button class="routerContentStory-seeMore" type="button">See More</button></div>
<aside class="campaignPage-perks"><h2 class="perksSection-title">Select a perk</h2>${igPerks.map(igPerk).join('\n')}</aside></div></div>
<section class="newsletterSignup"><h3>${igNews[0]}</h3><p>${igNews[1]}</p><input type="email" placeholder="${igNews[2]}" aria-label="${igNews[2]}">
<button type="button">${igNews[3]}</button></section>
<footer class="footer" role="contentinfo"><ul class="footer-links">${links(igFoot)}</ul><p class="footer-copyright">© 2025 Indiegogo, Inc. All Rights
Reserved</p>
</footer><div id="cookie-consent" class="cookieBanner" role="dialog"><p>${igCookie}</p><button type="button">Accept</button>
<button type="button">Manage Preferences</button></div></div>
<script src="https://g0.iggcdn.example/assets/site/campaign_page-5c2d.js" defer></script></body></html>`;
export const indiegogoStory: TestPage = {
  html: igHtml,
  name: 'heldout188-indiegogo-campaign-blog',
  kind: 'blog',
  // the tagline under the title is body (a dek) and so is the story's pull-quote; the owner name is the byline; the "Funding"
  // label, owner location and campaign count, funding figures, buttons, tabs, captions, perk cards, newsletter strip, cookie
  // banner and footer are furniture
  title: igTitle,
  headings: [igH1, igH2, igH3, igH4, igH5],
  body: texts([igTag, ...igP1, ...igList, ...igP2, igQuote, ...igP3, ...igP4]),
  bylines: ['Hollin Audio'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    ...igNav, 'Funding', 'Hebble Bridge, United Kingdom', '1 Campaign', '£41,870 GBP', 'by 503 backers', '139%', 'of £30,000 Flexible Goal', '12 days left',
    'Back it', 'Follow', ...igTabs, ...igCaps, 'See More', 'Select a perk', ...igPerks.flat(), 'Included Items', 'Hollin One Radio', 'Estimated Shipping',
    'April 2026', 'Ships worldwide.', 'Get this perk', ...igNews.filter((t) => t !== 'Your email'), ...igFoot, '© 2025 Indiegogo, Inc. All Rights Reserved',
    igCookie, 'Accept', 'Manage Preferences',
  ],
};
