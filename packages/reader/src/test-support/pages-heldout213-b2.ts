import { links, ps, type TestPage, texts } from './page-kit.js';

/**
 * Held-out batch 213, file b2: a WWF story on worldwildlife.org (the donate banner above the header, the main menu with its
 * mega-menu lists, the search label, the "Stories" eyebrow and date, the hero image with its © credit, the share tools,
 * an in-story image with caption, a "Take action" promo inside the story column, the "Related Stories" cards, the email
 * sign-up, the footer with its about text and links, and the TrustArc cookie notice).
 */
const title = 'Counting snow leopards from the sky: how drones and camera traps are changing the survey';
const p1 = [
  'For two weeks every October, a team of rangers and biologists climbs into the high valleys of the Tarhan range to count ' +
    'snow leopards. For years they relied almost entirely on tracks, scrapes and droppings, and on local herders’ reports of ' +
    'lost livestock. It was slow, cold work, and the results were rough estimates at best.',
  'This year the survey looked different. Alongside 64 camera traps set along ridgelines, the team flew small thermal drones ' +
    'at dawn over cliffs too steep to reach on foot. The result is the most detailed picture yet of the cats in this landscape.',
];
const h1 = 'What the cameras saw';
const p2 = [
  'Over 90 days the camera traps captured 1,840 images of snow leopards. Each cat has a unique pattern of rosettes on its flanks ' +
    'and tail, so biologists at WWF’s partner, the Tarhan Wildlife Institute, could identify individuals one by one.',
  'They counted 23 adults, including nine females, four of them with cubs. That is five more adults than the last full survey ' +
    'in 2019, and the first time cubs have been photographed in the northern valleys.',
  '“Seeing a mother walk past the camera with two cubs behind her, in a valley where we had no records at all, was a moment ' +
    'none of us will forget,” said Dr. Nara Baatar, who led the survey.',
];
const h2 = 'Why drones help';
const p3 = [
  'Snow leopards spend much of the day resting on ledges, where they are almost invisible to the eye. Thermal cameras pick up ' +
    'the heat of their bodies against cold rock. The drones also counted ibex and argali, the wild sheep and goats that the cats ' +
    'depend on, giving the team a measure of how much prey is available.',
  'The flights were short and kept at a height agreed with wildlife vets, so that animals were not disturbed. No snow leopard ' +
    'was seen to react to a drone during the survey.',
];
const h3 = 'Herders as partners';
const p4 = [
  'Much of the credit goes to the herding families who live in the valleys in summer. Twelve of them were trained to check ' +
    'cameras and change batteries, and they receive a small payment for every month the cameras work. A livestock insurance ' +
    'scheme, run by the herders themselves, pays out when an animal is lost to a predator, which has almost ended revenge killings.',
  'The survey results will be used to plan new protected corridors between the Tarhan range and the mountains to the east, so ' +
    'that young cats can move safely to new territories.',
];
const nav = ['Our Work', 'Species', 'Places', 'Stories', 'Get Involved', 'About Us'];
const mega = ['Climate', 'Food', 'Forests', 'Freshwater', 'Oceans', 'Wildlife'];
const banner = 'Your gift today can help protect wildlife and wild places. Donate now';
const heroCap = 'A snow leopard photographed by a camera trap in the Tarhan range.';
const heroCredit = '© Tarhan Wildlife Institute / WWF';
const cap2 = 'Rangers prepare a thermal drone for a dawn flight.';
const credit2 = '© Batbold Erdene / WWF';
const promo = ['Take action', 'Adopt a snow leopard and help protect big cats in the wild.', 'Adopt now'];
const related = ['Tigers are back in the Kerala hills', 'Ten facts about snow leopards', 'How herders and wolves learned to share a valley'];
const signup = ['Stay up to date with WWF', 'Get the latest news on conservation efforts around the world.', 'Email address', 'Sign Up'];
const foot = ['Careers', 'Contact Us', 'Financial Info', 'Privacy Policy', 'Terms of Use', 'Press Center', 'Ways to Give'];
const footAbout = 'World Wildlife Fund Inc. is a nonprofit, tax-exempt charitable organization.';
const cookie = 'We use cookies to make our site work, to analyze traffic and to personalize content. See our cookie policy for details.';
const html = `<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>Counting snow leopards from the sky | Stories | WWF</title><meta name="description" content="${(p1[1] ?? '').slice(0, 120)}">
<link rel="canonical" href="https://www.worldwildlife.org/stories/counting-snow-leopards-from-the-sky"><meta property="og:title" content="${title}">
<meta property="og:site_name" content="World Wildlife Fund"><meta property="og:type" content="article"><meta name="twitter:site" content="@World_Wildlife">
<meta name="csrf-param" content="authenticity_token"><meta name="csrf-token" content="q1x9VY0b+c7Kj2Hn3">
<link rel="stylesheet" href="https://files.worldwildlife.org/assets/application-8a7f1c.css" media="all">
<script src="https://consent.trustarc.example/notice?domain=worldwildlife.org&amp;c=teconsent&amp;js=nj" async></script>
<script src="https://files.worldwildlife.org/assets/application-4c2e0b.js"></script></head>
<body class="stories show"><div id="donate-banner" class="banner banner-donate"><p><a href="https://support.worldwildlife.org/">${banner}</a></p>
<button class="banner-close" aria-label="Close banner">×</button></div>
<header id="header" role="banner"><div class="container"><a href="/" id="logo"><img src="https://files.worldwildlife.org/assets/logo.png"
alt="World Wildlife Fund"></a>
<nav id="nav-main" role="navigation"><ul class="nav-main-list">
${nav
  .map(
    (t, i) =>
      `<li class="nav-main-item"><a href="/${t.toLowerCase().replace(/ /g, '-')}">${t}</a>${
        i === 0
          ? `<div class="mega-menu">
<ul>${links(mega)}</ul></div>`
          : ''
      }</li>`,
  )
  .join('\n')}
</ul></nav><a class="btn btn-orange header-donate" href="https://support.worldwildlife.org/">Donate</a>
<form id="search" action="/search"><label for="q" class="hide-text">Search WWF</label><input id="q" name="q" type="text"></form></div></header>
<div id="content" role="main"><div class="hero hero-story">
<img src="https://files.worldwildlife.org/wwfcmsprod/images/snow-leopard-cam/hero_full/7x2.jpg" alt="">
<div class="hero-caption"><p class="caption">${heroCap}</p><p class="credit">${heroCredit}</p></div></div>
<div class="container"><div class="row"><div class="span8 story-body">
<div class="lead-wrap"><p class="eyebrow"><a href="/stories">Stories</a></p><h1 class="story-title">${title}</h1>
<p class="story-date"><em>June 10, 2025</em></p></div>
<div class="share-tools"><span>Share this story</span><a class="share facebook" href="#">Share on Facebook</a><a class="share x" href="#">Share on X</a>
<a class="share email" href="#">Share by email</a></div>
<div class="wysiwyg lead">
${ps(p1)}
<h2>${h1}</h2>
${ps(p2)}
<div class="image-wrap"><img src="https://files.worldwildlife.org/wwfcmsprod/images/drone-dawn/story_full_width/5n2.jpg" alt="">
<p class="caption">${cap2} <span class="credit">${credit2}</span></p></div>
<h2>${h2}</h2>
${ps(p3)}
<aside class="promo promo-inline"><h3>${promo[0]}</h3><p>${promo[1]}</p><a class="btn" href="https://gifts.worldwildlife.org/">${promo[2]}</a></aside>
<h2>${h3}</h2>
${ps(p4)}
</div></div>
<div class="span4 sidebar"><section class="related"><h2 class="h3">Related Stories</h2><ul class="related-list">${links(related, 'related-item')}</ul>
</section></div>
</div></div>
<section class="email-signup"><h2>${signup[0]}</h2><p>${signup[1]}</p><form><label for="signup-email">${signup[2]}</label><input id="signup-email" type="email">
<button>${signup[3]}</button></form></section></div>
<footer id="footer" role="contentinfo"><div class="container"><p class="footer-about">${footAbout}</p><ul class="footer-nav">${links(foot)}</ul>
<p class="copyright">© 2025 World Wildlife Fund. All rights reserved.</p></div></footer>
<div id="teconsent" class="truste_box_overlay" role="dialog" aria-label="Cookie preferences"><p class="truste-message">${cookie}</p>
<button class="truste-button1">Accept All</button><button class="truste-button2">Required Only</button><a class="truste-link" href="#">Cookie Preferences</a>
</div>
</body></html>`;
export const wwfStory: TestPage = {
  html,
  name: 'heldout213-wwf-story',
  kind: 'news',
  // the "Take action" adoption promo sits in the story column but is not part of the story: furniture
  title,
  headings: [h1, h2, h3],
  body: texts([...p1, ...p2, ...p3, ...p4]),
  bylines: ['June 10, 2025'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    banner, ...nav, ...mega, 'Donate', 'Search WWF', heroCap, heroCredit, 'Share this story', 'Share on Facebook', 'Share on X', 'Share by email',
    cap2, credit2, ...promo, 'Related Stories', ...related, ...signup, footAbout, ...foot, '© 2025 World Wildlife Fund. All rights reserved.', cookie,
    'Accept All', 'Required Only', 'Cookie Preferences',
  ],
};
