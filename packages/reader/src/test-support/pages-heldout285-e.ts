import { type TestPage, texts } from './page-kit.js';
import { hubspot } from './pages-heldout285-e2.js';
import { j, lis } from './pages-heldout285-kit.js';

/**
 * Held-out batch 285, file e: a community fridge's one-page Carrd site announcing its move (a page whose main text is short:
 * Carrd's #wrapper / #main / .inner / section markup with numbered text, buttons, divider, image, icons and form elements, a
 * donate button row, a volunteer sign-up form, social icons and the "Made with Carrd" credit) and, from file e2, a freight
 * software company's HubSpot CMS blog post.
 */
const cTitle = 'The Alder Street Community Fridge is moving';
const cBody = [
  j(
    'After four years outside the laundrette on Alder Street, the fridge is moving two streets away to the covered yard of St Brannoc’s',
    'church hall on Wickham Road. The last day at the old spot is Sunday 29 March, and the fridge reopens at the hall on Wednesday',
    '1 April at 8am.',
  ),
  j(
    'The laundrette has been a wonderful host, but its lease ends this spring and the new owners need the wall space. The church hall',
    'gives us something we have never had before: a roof over the fridge, a sink, and a lockable cupboard for dry goods.',
  ),
  j(
    'Nothing else changes. The fridge stays open every day from 8am to 9pm, anyone can take what they need, and no one will ask why.',
    'Local shops and bakeries will keep dropping off their surplus in the evenings, and neighbours are still welcome to add food.',
  ),
];
const cH = ['What you can leave'];
const cList = [
  'Fresh fruit and vegetables, bread and sealed dairy products',
  'Home-cooked food, labelled with the ingredients and the date it was made',
  'Unopened packaged food within its use-by date',
];
const cEnd = [
  j(
    'Please do not leave raw meat or fish, alcohol, or anything that has been opened. If you are not sure, leave a note and one of our',
    'volunteers will check it on the next round.',
  ),
  j(
    'We need extra hands on moving day to carry shelving and clean the new space. If you can spare an hour on the morning of Monday',
    '30 March, sign up below.',
  ),
];
const cHtml = `<!DOCTYPE HTML>
<html lang="en"><head><title>${cTitle}</title><meta charset="utf-8"><meta name="viewport" content="width=device-width,initial-scale=1,user-scalable=no">
<meta name="description" content="The community fridge moves to St Brannoc's church hall on 1 April.">
<meta property="og:site_name" content="Alder Street Fridge">
<meta property="og:title" content="${cTitle}"><meta property="og:type" content="website">
<link href="https://fonts.googleapis.example/css2?display=swap&amp;family=Karla:wght@400;700"
rel="stylesheet" type="text/css"><style>html,body,div,span,h1,h2,h3,p,a,ul,li,form{margin:0;padding:0;border:0}#wrapper{-webkit-overflow-scrolling:touch;
min-height:100vh}#main>.inner>*>*{margin-top:0.75rem;margin-bottom:0.75rem}.buttons.style1>li>a{border-radius:2rem}</style>
<noscript><style>body{overflow:auto !important}</style></noscript></head>
<body class="is-loading"><div id="wrapper"><div id="main"><div class="inner"><section id="home-section" class="active">
<div id="container01" class="style1 container default"><div class="wrapper"><div class="inner" data-onvisible-trigger="1">
<div id="image01" class="style1 image"><span class="frame"><img src="assets/images/image01.png?v=3f2a" alt="A hand-painted fridge door with a sunflower">
</span></div>
<p id="text04" class="style4">Free food · No questions · Open every day</p>
<h1 id="text01" class="style1">${cTitle}</h1>
<p id="text07" class="style5">Posted 12 March 2026 by the volunteer team</p>
${cBody.map((x, i) => `<p id="text0${i + 2}" class="style2">${x}</p>`).join('\n')}
<hr id="divider01" class="style1">
<h2 id="text08" class="style3">${cH[0]}</h2>
<ul id="text09" class="style2">${lis(cList)}</ul>
${cEnd.map((x, i) => `<p id="text1${i}" class="style2">${x}</p>`).join('\n')}
</div></div></div>
<div id="container02" class="style2 container columns"><div class="wrapper"><div class="inner"><div><h3 id="text13" class="style6">Volunteer on moving day</h3>
<form id="form01" method="post"><div class="inner"><div class="field">
<input type="text" name="name" id="form01-name" placeholder="Name" maxlength="128" required></div>
<div class="field"><input type="email" name="email" id="form01-email" placeholder="Email" maxlength="128" required></div><div class="actions">
<button type="submit">Count me in</button></div></div><input type="hidden" name="id" value="form01"></form></div>
<div><h3 id="text14" class="style6">Keep the fridge running</h3><p id="text15" class="style2">Electricity, cleaning supplies and food-safe labels cost us
about £60 a month.</p><ul id="buttons01" class="style1 buttons"><li><a href="https://ko-fi.example/alderfridge" class="button n01"><span class="label">Donate
on Ko-fi</span></a></li><li><a href="#faq" class="button n02"><span class="label">Read the FAQ</span></a></li></ul></div></div></div></div>
<hr id="divider02" class="style1"><ul id="icons01" class="style1 icons"><li><a class="n01" href="https://instagram.example/alderfridge" aria-label="Instagram">
<svg><use xlink:href="#icon-instagram"></use></svg><span class="label">Instagram</span></a></li><li><a class="n02" href="mailto:hello@alderfridge.example"
aria-label="Email"><svg><use xlink:href="#icon-email"></use></svg><span class="label">Email</span></a></li></ul>
<p id="text16" class="style7">Run by neighbours, for neighbours. Food hygiene rated by Wickham District Council.</p></section></div></div></div>
<div id="credits"><a href="https://carrd.co/build?ref=auto" target="_blank">Made with Carrd</a></div>
<script>(function(){var on=addEventListener,$=function(q){return document.querySelector(q)},$$=function(q){return document.querySelectorAll(q)},
$body=document.body;on('load',function(){setTimeout(function(){$body.classList.remove('is-loading');},100);});})();</script></body></html>`;
const carrd: TestPage = {
  name: 'heldout285-carrd-news',
  kind: 'news',
  html: cHtml,
  title: cTitle,
  headings: cH,
  body: texts([...cBody, ...cList, ...cEnd]),
  bylines: ['Posted 12 March 2026 by the volunteer team'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Free food · No questions · Open every day', 'Volunteer on moving day', 'Count me in', 'Keep the fridge running',
    'Electricity, cleaning supplies and food-safe labels cost us about £60 a month.', 'Donate on Ko-fi', 'Read the FAQ', 'Instagram', 'Email',
    'Run by neighbours, for neighbours. Food hygiene rated by Wickham District Council.', 'Made with Carrd',
  ],
};

export const HELDOUT285_E: readonly TestPage[] = [carrd, hubspot];
