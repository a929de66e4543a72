import { links, type TestPage, texts } from './page-kit.js';
import { etsyListing } from './pages-heldout177-f2.js';

/**
 * Held-out batch 177, file f: an Indiegogo crowdfunding campaign page as a signed-out visitor saves it (the header with
 * Explore / What We Do / Start a campaign / Log In / Sign Up, the campaign h1 and tagline, the owner block with location,
 * the funds raised, backers, percent and days-left meter, "Back It" and "Follow", share icons, the Story / FAQ / Updates /
 * Comments / Community tabs, the story with its h2s, image captions and a list, the "Risks & Challenges" section, the perk
 * rail with its prices, claimed counts and shipping estimates, the "Indiegogo is not a store" notice, the newsletter block,
 * the footer and the cookie banner) and, from file f2, an Etsy product listing.
 */
const igTitle = 'Halden Flask: the insulated bottle that brews cold tea on the go';
const igTag = 'A double-walled steel bottle with a built-in infuser that cold-brews loose tea in your bag and keeps it cold for 24 hours.';
const igH = ['Why we made Halden', 'How the flask works', 'Where your money goes', 'Risks & Challenges'] as const;
const igWhy = [
  'We are Sigrun and Matteo, two product designers from Tromsø who drink far too much tea. Every summer we got tired of paying ' +
    'for bottled iced tea full of sugar, and every homemade attempt ended with a stained jug in the fridge and leaves in our teeth.',
  'So we spent eighteen months designing a bottle that cold-brews loose leaf tea while you carry it, then lets you lift the ' +
    'leaves out of the way with a twist so the tea never turns bitter.',
];
const igHow = [
  'Fill the infuser with a spoonful of loose tea and top the bottle up with cold water.',
  'Leave it in your bag, on your desk or in the fridge for two to six hours while it brews.',
  'Twist the lid a quarter turn to lift the infuser above the waterline and stop the brew.',
  'Drink straight from the flip spout, or pour into a glass. The double wall keeps it cold for a full day.',
];
const igHowP = [
  'The infuser is a fine 316 stainless steel mesh, so even rooibos and green tea dust stays inside. Every part that touches the ' +
    'tea can go in the dishwasher, and there is no plastic anywhere in the body of the bottle.',
];
const igMoney = [
  'Our tooling is already paid for from our own savings. The money raised here goes into the first production run of 3,000 ' +
    'bottles at a family-run factory in Porto that we have visited three times, along with third-party food safety testing and ' +
    'shipping to our backers.',
];
const igRisk = [
  'We have working production samples and a signed agreement with our factory, but this is our first hardware product. The most ' +
    'likely delay is the powder coating, which has a six-week lead time. We will post an update every two weeks, including the ' +
    'bad news, and backers will always hear about delays from us before anyone else.',
];
const igCaption = 'Production sample number 4, photographed on the ferry to Kvaløya.';
const igNav = ['Explore', 'What We Do', 'Start a campaign', 'Log In', 'Sign Up'];
const igTabs = ['Story', 'FAQ 9', 'Updates 4', 'Comments 112', 'Community'];
const igPerks = [
  ['Super Early Bird: one Halden Flask', '$39 USD', '$55 USD', '(29% off)', '500 out of 500 claimed', 'Estimated Shipping April 2026'],
  ['Early Bird: two Halden Flasks', '$74 USD', '$110 USD', '(33% off)', '214 out of 600 claimed', 'Estimated Shipping April 2026'],
  ['Tea Lover Kit: flask and three teas', '$59 USD', '$80 USD', '(26% off)', '88 out of 300 claimed', 'Estimated Shipping May 2026'],
];
const igFoot = [
  'About us',
  'Blog',
  'Trust & Safety',
  'Help & Support',
  'Press',
  'Careers',
  'Terms of Use',
  'Privacy Policy',
  'Cookie Policy',
  'Do Not Sell My Personal Information',
  'Tech & Innovation',
  'Creative Works',
  'Community Projects',
  'How It Works',
  'Education Center',
];
const igCookie = 'We use cookies and similar technologies to run this website and help us understand how you use it. See our cookie policy here.';
const igHtml = `<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><title>Halden Flask: the insulated bottle that brews cold tea on the go | Indiegogo</title>
<meta name="viewport" content="width=device-width, initial-scale=1"><meta name="description" content="${igTag}">
<meta property="og:title" content="${igTitle}"><meta property="og:site_name" content="Indiegogo"><meta property="og:type" content="website">
<link rel="canonical" href="https://www.indiegogo.com/projects/halden-flask-cold-brew-tea-bottle">
<script>window.gon={"campaign":{"id":2984410,"funds_raised_amount":81452,"currency":"USD"}};</script>
<link rel="stylesheet" href="https://g0.iggcdn.example/assets/site/application-fa31b.css"></head>
<body class="campaignPage"><div id="main" ng-app="indiegogo"><header class="navigation-header" role="banner">
<a class="navigation-logo" href="/" aria-label="Indiegogo home"></a><nav><ul class="navigation-left">${links(igNav.slice(0, 3), 'navigation-link')}</ul>
<ul class="navigation-right">${links(igNav.slice(3), 'navigation-link')}</ul></nav></header>
<div class="campaignPage-content"><div class="basicsSection"><div class="basicsSection-media"><img alt="" src="https://c4.iggcdn.example/hero.jpg"></div>
<div class="basicsSection-details"><div class="basicsSection-label">FUNDING</div><h1 class="basicsSection-title t-h3">${igTitle}</h1>
<div class="basicsSection-tagline t-h6">${igTag}</div><div class="basicsCampaignOwner"><div class="basicsCampaignOwner-details">
<div class="basicsCampaignOwner-details-name">Halden Studio</div><div class="basicsCampaignOwner-details-city">Tromsø, Norway</div>
<div class="basicsCampaignOwner-details-campaigns">2 Campaigns</div></div></div>
<div class="basicsGoalProgress"><span class="basicsGoalProgress-amountSold">$81,452</span> <span class="basicsGoalProgress-currency">USD</span>
<span class="basicsGoalProgress-claimedOrBackers">by 1,184 backers</span><div class="basicsGoalProgress-progressDetails">
<span>326% of $25,000</span> <span>Flexible Goal</span> <span>17 days left</span></div></div>
<div class="basicsSection-ctas"><button class="buttonPrimary" type="button">BACK IT</button><button class="buttonSecondary" type="button">Follow</button></div>
<div class="shareButtons"><span>Share</span><a href="#" aria-label="Share on Facebook"></a><a href="#" aria-label="Share on X"></a><a href="#">Copy link</a>
</div></div></div>
<nav class="campaignTabs"><ul>${igTabs.map((t) => `<li class="campaignTabs-tab"><a href="#/${t.split(' ')[0]?.toLowerCase()}">${t}</a></li>`).join('')}</ul>
</nav>
<div class="campaignBody"><div class="campaignBody-story"><h3 class="routerContentStory-title">Story</h3>
<div class="routerContentStory-storyBody"><h2>${igH[0]}</h2>${igWhy.map((p) => `<p>${p}</p>`).join('')}
<figure><img alt="" src="https://c4.iggcdn.example/story-1.jpg"><figcaption>${igCaption}</figcaption></figure>
<h2>${igH[1]}</h2><ol>${igHow.map((t) => `<li>${t}</li>`).join('')}</ol><p>${igHowP[0]}</p><h2>${igH[2]}</h2><p>${igMoney[0]}</p>
<h2>${igH[3].replace('&', '&amp;')}</h2><p>${igRisk[0]}</p></div>
<div class="campaignNotice"><p>Funds raised are not refundable. Indiegogo is not a store. Learn more about
<a href="/trust">Trust &amp; Safety</a>.</p></div></div>
<aside class="campaignBody-perks"><h3 class="perksSection-title">Select a perk</h3>
${igPerks
  .map(
    (p) => `<div class="perkCard"><div class="perkCard-title">${p[0]}</div><div class="perkCard-price"><span class="perkCard-amount">${p[1]}</span>
<span class="perkCard-retail">${p[2]}</span> <span class="perkCard-discount">${p[3]}</span></div><div class="perkCard-claimed">${p[4]}</div>
<div class="perkCard-shipping">${p[5]}</div><button type="button">GET THIS PERK</button></div>`,
  )
  .join('\n')}</aside></div></div>
<section class="newsletterSignup"><h3>Find the latest in tech and innovation</h3><p>Sign up for our newsletter.</p>
<label for="nl-email">Your email address</label><input id="nl-email" type="email"><button>Sign Up</button></section>
<footer class="footer"><ul>${links(igFoot)}</ul><p>© 2025 Indiegogo, Inc. All rights reserved.</p></footer>
<div id="onetrust-banner-sdk" role="dialog"><p>${igCookie}</p><button>Accept all cookies</button><button>Cookie settings</button></div>
</div><script src="https://g0.iggcdn.example/assets/site/campaign-7a1c.js" defer></script></body></html>`;
const indiegogo: TestPage = {
  html: igHtml,
  name: 'heldout177-indiegogo-campaign',
  kind: 'blog',
  // the tagline and the story are the article, the story's h2s its headings; the campaign owner and city are bylines; the
  // funding meter, tabs, perks and the not-a-store notice are furniture
  title: igTitle,
  headings: [...igH],
  body: texts([igTag, ...igWhy, ...igHow, ...igHowP, ...igMoney, ...igRisk]),
  bylines: ['Halden Studio', 'Tromsø, Norway'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    ...igNav, 'FUNDING', '2 Campaigns', '$81,452', 'USD', 'by 1,184 backers', '326% of $25,000', 'Flexible Goal', '17 days left', 'BACK IT', 'Follow',
    'Share', 'Copy link', ...igTabs, 'Story', igCaption, 'Funds raised are not refundable. Indiegogo is not a store. Learn more about Trust & Safety.',
    'Select a perk', ...igPerks.flat(), 'GET THIS PERK', 'Find the latest in tech and innovation', 'Sign up for our newsletter.', 'Your email address',
    ...igFoot, '© 2025 Indiegogo, Inc. All rights reserved.', igCookie, 'Accept all cookies', 'Cookie settings',
  ],
};

export const HELDOUT177_F: readonly TestPage[] = [indiegogo, etsyListing];
