import { links, ps, type TestPage, texts } from './page-kit.js';
import { investorAlert } from './pages-heldout190-d2.js';

/**
 * Held-out batch 190, file d: a credit union's blog post on WordPress (the utility bar with routing number and branch links,
 * the online banking login box in the header, the main menu, the post's category, date and author, the featured image
 * caption, a "Share this post" row, the hidden third-party link "speed bump" dialog, the sidebar with recent posts, categories
 * and a rates promo, the NCUA and Equal Housing footer, and the cookie notice) and, from file d2, an Investor.gov alert.
 */
const cuTitle = 'Five Warning Signs of a Car Loan That Costs Too Much';
const cuP1 = [
  'Buying a car is exciting, and dealerships know it. By the time you have taken a test drive and picked a color, the financing ' +
    'paperwork can feel like a formality. It is not. The loan you sign can add thousands of dollars to the price of the car, and ' +
    'many of the costliest terms are easy to miss.',
  'Our lending team at Pinecrest Valley sees the results every week when members come to us to refinance. Here are the five ' +
    'warning signs they spot most often.',
];
const cuH = [
  'The monthly payment is the only number you were shown',
  'The loan term is longer than 72 months',
  'Add-ons were rolled into the loan',
  'The rate changed after you said yes',
  'You were told you had to finance with the dealer',
];
const cuP = [
  'A low payment can hide a high rate or a very long term. Always ask for the APR, the term and the total amount you will repay. ' +
    'If the salesperson keeps steering the conversation back to “what payment works for you,” slow down.',
  'Stretching a loan to 84 months lowers the payment but means you pay interest for seven years, and you will likely owe more ' +
    'than the car is worth for much of that time. That makes it hard to sell or trade in if your plans change.',
  'Extended warranties, paint protection, GAP coverage and service plans are often added to the amount financed. You pay ' +
    'interest on them for the life of the loan. Some can be useful, but you can usually buy them separately and for less. Ask for ' +
    'an itemized list and remove anything you did not ask for.',
  'Sometimes called a “spot delivery,” this happens when you drive the car home and get a call days later saying the financing ' +
    'fell through and you need to sign a new contract at a higher rate. Read your contract before you leave, and do not sign ' +
    'anything that says the deal is conditional unless you understand what happens if it falls through.',
  'You never have to use dealer financing. Dealers can earn a commission by marking up the rate a lender offers. Getting ' +
    'preapproved by your credit union before you shop gives you a rate to compare and lets you negotiate on the price of the car ' +
    'alone.',
];
const cuP2 = [
  'If any of these sound familiar, it is not too late. Members who refinance with us save an average of $63 a month. Bring your ' +
    'current loan statement to any branch, or start an application online, and one of our loan officers will walk you through ' +
    'your options.',
];
const cuTop = ['Routing # 321987654', 'Locations & ATMs', 'Contact Us', 'Rates'];
const cuLogin = ['Online Banking', 'Username', 'Password', 'Log In', 'Forgot Password?', 'Enroll'];
const cuNav = ['Personal', 'Business', 'Loans', 'Mortgages', 'Resources', 'About Us', 'Become a Member'];
const cuShare = ['Share this post', 'Facebook', 'LinkedIn', 'Email'];
const cuBump = [
  'You are leaving Pinecrest Valley Federal Credit Union',
  'The site you are about to visit is not operated by the credit union. We are not responsible for its content or privacy ' + 'practices.',
  'Continue',
  'Cancel',
];
const cuRecent = ['How to Read Your Credit Report', 'Saving for Summer Camp Without Stress', 'What Is Share Certificate Laddering?'];
const cuCats = ['Auto', 'Budgeting', 'Credit', 'Home Buying', 'Security'];
const cuPromo = ['Auto loan rates as low as', '5.24% APR*', 'Apply Now', '*APR = Annual Percentage Rate. Rates subject to change.'];
const cuFoot = ['Privacy Policy', 'Accessibility', 'Disclosures', 'Careers', 'Lost or Stolen Card'];
const cuLegal = ['Federally insured by NCUA.', 'Equal Housing Opportunity.', '© 2026 Pinecrest Valley Federal Credit Union. All rights reserved.'];
const cuCookie = ['This website uses cookies to improve your experience.', 'Accept', 'Learn More'];
const cuHtml = `<!DOCTYPE html>
<html lang="en-US"><head><meta charset="UTF-8"><title>Five Warning Signs of a Car Loan That Costs Too Much - Pinecrest Valley FCU</title>
<meta name="viewport" content="width=device-width, initial-scale=1"><meta name="robots" content="index, follow, max-image-preview:large">
<meta name="description" content="Five signs a car loan costs too much.">
<meta property="og:type" content="article"><meta property="og:title" content="${cuTitle}"><meta property="article:section" content="Auto">
<link rel="canonical" href="https://www.pinecrestvalleyfcu.example/blog/car-loan-warning-signs/">
<script type="application/ld+json" class="yoast-schema-graph">{"@context":"https://schema.org","@graph":[{"@type":"BlogPosting","headline":"${cuTitle}",
"datePublished":"2026-01-06T14:00:00+00:00","author":{"name":"Janelle Ortiz"}},{"@type":"WebSite","name":"Pinecrest Valley FCU"}]}</script>
<link rel="stylesheet" id="pvfcu-theme-css" href="/wp-content/themes/pvfcu/style.css?ver=3.2.1" media="all">
<script src="/wp-includes/js/jquery/jquery.min.js?ver=3.7.1" id="jquery-core-js"></script></head>
<body class="post-template-default single single-post postid-2214 single-format-standard">
<a class="skip-link screen-reader-text" href="#content">Skip to content</a>
<div class="utility-bar"><ul class="utility-bar__list"><li><span>${cuTop[0]}</span></li>
${links(cuTop.slice(1), 'utility-bar__item')}</ul></div>
<header id="masthead" class="site-header"><div class="site-branding">
<a href="/" rel="home"><img src="/wp-content/uploads/logo.svg" alt="Pinecrest Valley FCU"></a></div>
<div class="header-login"><form action="https://online.pinecrestvalleyfcu.example/login" method="post"><h2 class="header-login__title">${cuLogin[0]}</h2>
<label for="hl-user">${cuLogin[1]}</label><input id="hl-user" name="user"><label for="hl-pass">${cuLogin[2]}</label><input id="hl-pass" type="password">
<button type="submit">${cuLogin[3]}</button><a href="#">${cuLogin[4]}</a> <a href="#">${cuLogin[5]}</a></form></div>
<nav id="site-navigation" class="main-navigation" aria-label="Primary Menu"><ul id="primary-menu" class="menu">${links(cuNav, 'menu-item')}</ul></nav></header>
<div id="content" class="site-content"><div id="primary" class="content-area"><main id="main" class="site-main">
<article id="post-2214" class="post-2214 post type-post status-publish category-auto"><header class="entry-header">
<span class="cat-links"><a href="/blog/category/auto/" rel="category tag">Auto</a></span><h1 class="entry-title">${cuTitle}</h1>
<div class="entry-meta"><span class="posted-on"><time class="entry-date published" datetime="2026-01-06T14:00:00+00:00">January 6, 2026</time></span>
<span class="byline"> by <span class="author vcard"><a class="url fn n" href="/blog/author/jortiz/">Janelle Ortiz</a></span></span></div></header>
<figure class="post-thumbnail wp-caption"><img src="/wp-content/uploads/2026/01/car-lot.jpg" alt="Rows of new cars at a dealership">
<figcaption class="wp-caption-text">Shop for the loan before you shop for the car.</figcaption></figure>
<div class="entry-content">
${ps(cuP1)}
${cuH.map((h, i) => `<h3 class="wp-block-heading">${i + 1}. ${h}</h3>\n<p>${cuP[i]}</p>`).join('\n')}
<h2 class="wp-block-heading">Already signed?</h2>
${ps(cuP2)}
</div>
<footer class="entry-footer"><div class="share-this"><span>${cuShare[0]}</span>${cuShare
  .slice(1)
  .map((t) => `<a class="share-link speedbump" href="#">${t}</a>`)
  .join('')}</div></footer></article>
<nav class="navigation post-navigation" aria-label="Posts"><div class="nav-previous"><a href="/blog/credit-report/" rel="prev">
<span class="meta-nav">Previous Post</span></a></div></nav></main></div>
<aside id="secondary" class="widget-area"><section class="widget widget_recent_entries"><h2 class="widget-title">Recent Posts</h2>
<ul>${links(cuRecent)}</ul></section><section class="widget widget_categories"><h2 class="widget-title">Categories</h2><ul>${links(cuCats, 'cat-item')}</ul>
</section><section class="widget widget_block rate-promo"><p>${cuPromo[0]}</p><p class="rate">${cuPromo[1]}</p><a class="button" href="/apply">${cuPromo[2]}</a>
<p class="disclaimer">${cuPromo[3]}</p></section></aside></div>
<footer id="colophon" class="site-footer"><ul class="footer-menu">${links(cuFoot)}</ul>${cuLegal.map((t) => `<p>${t}</p>`).join('')}</footer>
<div id="speedbump-modal" class="modal" role="dialog" aria-hidden="true" style="display:none"><h2>${cuBump[0]}</h2><p>${cuBump[1]}</p>
<button class="speedbump-continue">${cuBump[2]}</button><button class="speedbump-cancel">${cuBump[3]}</button></div>
<div id="cookie-notice" role="dialog" class="cookie-revoke-hidden cn-position-bottom"><span id="cn-notice-text">${cuCookie[0]}</span>
<a href="#" id="cn-accept-cookie">${cuCookie[1]}</a><a href="/privacy-policy/" id="cn-more-info">${cuCookie[2]}</a></div>
<script src="/wp-content/themes/pvfcu/js/speedbump.js?ver=3.2.1" id="speedbump-js"></script></body></html>`;
const creditUnion: TestPage = {
  html: cuHtml,
  name: 'heldout190-creditunion-blog',
  kind: 'blog',
  // the numbered h3s and the closing h2 are the headings (with their numbers); the header login box, the speed-bump dialog,
  // the sidebar rate promo and the NCUA/Equal Housing lines are furniture
  title: cuTitle,
  headings: [...cuH.map((h, i) => `${i + 1}. ${h}`), 'Already signed?'],
  body: texts([...cuP1, ...cuP, ...cuP2]),
  bylines: ['January 6, 2026', 'by Janelle Ortiz'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Skip to content', ...cuTop, ...cuLogin, ...cuNav, 'Shop for the loan before you shop for the car.', ...cuShare, 'Previous Post',
    'Recent Posts', ...cuRecent, 'Categories', ...cuCats, ...cuPromo, ...cuFoot, ...cuLegal, ...cuBump, ...cuCookie,
  ],
};

export const HELDOUT190_D: readonly TestPage[] = [creditUnion, investorAlert];
