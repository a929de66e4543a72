import { ps, type TestPage, texts } from './page-kit.js';
import { wikidataItem } from './pages-heldout169-a2.js';
import { mwH, type Shell, vector2022, vector2022Furniture } from './pages-heldout169-skin.js';

/**
 * Held-out batch 169, file a: a Wikiversity lesson page in Vector 2022 (the resource-type, subject, level and completion
 * boxes floated at the top of the parser output, learning objectives, an activity table, an assignment list, the course
 * navigation box at the bottom, the sidebar TOC, tools and appearance menus, categories and footer) and, from file a2, a
 * Wikidata item page.
 */
const page = 'Introduction_to_Meteorology/Reading_a_wind_rose';
const wvTitle = 'Introduction to Meteorology/Reading a wind rose';
const wvIntro = [
  'A wind rose is a round chart that shows how often the wind blows from each direction at one place, and how strong it ' +
    'usually is when it does. In this lesson you will learn to read one, and then use a wind rose from the Pellham Moor ' +
    'weather station to answer a few practical questions.',
  'You should already have finished the lesson on measuring wind with an anemometer and a vane. If you have not, work through ' +
    'that first, because the units used here come from it.',
];
const wvH1 = 'Objectives';
const wvObj = [
  'Describe what the spokes, rings and colours of a wind rose represent.',
  'Identify the prevailing wind direction at a station from its wind rose.',
  'Estimate how often calm conditions occur.',
  'Explain why a wind rose for one month can look very different from one for the whole year.',
];
const wvH2 = 'The parts of a wind rose';
const wvP2 = [
  'Most wind roses divide the compass into sixteen directions, so each spoke covers 22.5 degrees. The length of a spoke shows ' +
    'the share of all observations in which the wind came from that direction. A spoke that reaches the 10% ring means that one ' +
    'reading in ten found the wind blowing from there.',
  'Each spoke is split into coloured bands for speed. On the Pellham Moor chart the palest band is up to 3 metres per second and ' +
    'the darkest is over 11 metres per second. A long spoke made mostly of pale bands tells you the wind often comes from that way ' +
    'but rarely blows hard; a short dark spoke means strong winds that do not happen often.',
  'The number in the centre circle is the percentage of calms, the readings where the wind was too light to give a direction. ' +
    'Calms are left out of the spokes, which is a common source of confusion when students add the spokes up and get less than 100%.',
];
const wvH3 = 'Activity: the Pellham Moor rose';
const wvP3 = [
  'Open the chart in the file linked from the course page. It covers every hourly observation from 2015 to 2024. Fill in the ' +
    'table below before reading on.',
];
const wvTable = ['Prevailing direction', 'West-south-west', 'Second most common', 'North-east', 'Calms', '4.2%'];
const wvP3b = [
  'The west-south-westerly spoke is by far the longest, as you would expect on an upland site facing the open sea. The ' +
    'north-easterly spoke is shorter but unusually dark: those are the cold winter winds that bring most of the station’s snow.',
];
const wvH4 = 'Monthly roses';
const wvP4 = [
  'A single yearly rose can hide a lot. If you compare the January and July roses for the same station, the July chart has ' +
    'almost no north-easterly spoke at all and a much larger share of calms, because summer nights on the moor are often still.',
  'When you use a wind rose to plan anything outdoors, such as the layout of a runway or the position of a small turbine, always ' +
    'ask which months the chart covers.',
];
const wvH5 = 'Assignment';
const wvTask = [
  'Sketch a wind rose for your own town using at least a year of data from a public weather service.',
  'Write three sentences describing its prevailing wind and how it changes through the year.',
  'Post your chart and sentences on the discussion page of this lesson so other learners can comment.',
];
const wvBoxes = [
  'Type classification: this is a lesson resource.',
  'Subject classification: this is a meteorology resource.',
  'Educational level: this is a secondary education resource.',
  'Completion status: this resource is ~75% complete.',
];
const wvNavbox = ['Introduction to Meteorology', '← Measuring wind', 'Course home', 'Cloud types →'];
const wvCaption = 'Ten-year wind rose for the Pellham Moor station. Calms (4.2%) are shown in the centre.';
const box = (t: string, kind: string): string => `<div class="noprint" style="float:right;clear:right;width:220px;margin:0 0 0.5em 1em;border:1px solid #aaa;
background:#f8f9fa;font-size:88%"><table role="presentation" class="${kind}"><tbody><tr><td><span typeof="mw:File"><a href="/wiki/File:Wikiversity_${kind}.svg"
class="mw-file-description"><img src="//upload.wikimedia.example/${kind}.svg" decoding="async" width="40" height="40" class="mw-file-element"></a></span></td>
<td>${t.replace(/: (this .*)/, ': <i>$1</i>').replace(/resource/, '<a href="/wiki/Help:Resource">resource</a>')}</td></tr></tbody></table></div>`;
const wvContent = `${wvBoxes.map((t, i) => box(t, `resource-box-${i}`)).join('\n')}
<figure class="mw-default-size" typeof="mw:File/Thumb"><a href="/wiki/File:Pellham_Moor_wind_rose.svg" class="mw-file-description"><img
src="//upload.wikimedia.example/wikiversity/en/thumb/pellham.svg/250px-pellham.svg.png" decoding="async" width="250" height="250" class="mw-file-element"></a>
<figcaption>${wvCaption}</figcaption></figure>
${ps(wvIntro)}
${mwH(2, wvH1, page, 1)}
<ul>${wvObj.map((t) => `<li>${t}</li>`).join('\n')}</ul>
${mwH(2, wvH2, page, 2)}
${ps(wvP2)}
${mwH(2, wvH3, page, 3)}
${ps(wvP3)}
<table class="wikitable"><tbody><tr><th>Question</th><th>Your answer</th></tr>
<tr><td>${wvTable[0]}</td><td>${wvTable[1]}</td></tr><tr><td>${wvTable[2]}</td><td>${wvTable[3]}</td></tr><tr><td>${wvTable[4]}</td><td>${wvTable[5]}</td></tr>
</tbody></table>
${ps(wvP3b)}
${mwH(3, wvH4, page, 4)}
${ps(wvP4)}
${mwH(2, wvH5, page, 5)}
<ol>${wvTask.map((t) => `<li>${t}</li>`).join('\n')}</ol>
<div class="navbox noprint" role="navigation" style="border:1px solid #a2a9b1;text-align:center;margin-top:1em"><div class="navbox-title"><b>
<a href="/wiki/Introduction_to_Meteorology">${wvNavbox[0]}</a></b></div><div class="navbox-list"><a href="/wiki/Introduction_to_Meteorology/Measuring_wind">
${(wvNavbox[1] ?? '').replace('←', '&#8592;')}</a> | <a href="/wiki/Introduction_to_Meteorology">${wvNavbox[2]}</a> | <a
href="/wiki/Introduction_to_Meteorology/Cloud_types">
${(wvNavbox[3] ?? '').replace('→', '&#8594;')}</a></div></div>`;
const wvShell: Shell = {
  lang: 'en',
  site: 'Wikiversity',
  page: wvTitle,
  headExtra: `<link rel="canonical" href="https://en.wikiversity.org/wiki/${page}"><link rel="license" href="https://creativecommons.org/licenses/by-sa/4.0/">`,
  bodyClass: 'page-Introduction_to_Meteorology_Reading_a_wind_rose rootpage-Introduction_to_Meteorology',
  h1: `<span class="mw-page-title-main">${wvTitle}</span>`,
  tagline: 'From Wikiversity',
  notice: '<div id="centralNotice"></div><!-- CentralNotice -->',
  personal: ['Donate', 'Create account', 'Log in'],
  tabsLeft: ['Resource', 'Discuss'],
  tabsRight: ['Read', 'Edit', 'View history'],
  portlets: [
    { id: 'p-navigation', label: 'Navigation', items: ['Main Page', 'Browse', 'Recent changes', 'Guided tours', 'Random', 'Help'] },
    {
      id: 'p-tb',
      label: 'General',
      items: ['What links here', 'Related changes', 'Special pages', 'Permanent link', 'Page information', 'Cite this page', 'Get shortened URL'],
    },
    { id: 'p-coll-print_export', label: 'Print/export', items: ['Create a book', 'Download as PDF', 'Printable version'] },
  ],
  content: wvContent,
  cats: ['Introduction to Meteorology', 'Lessons', 'Meteorology', 'Secondary education'],
  lastmod: 'This page was last edited on 14 August 2025, at 19:06.',
  copyright:
    'Text is available under the <a href="https://creativecommons.org/licenses/by-sa/4.0/">Creative Commons Attribution-ShareAlike License</a>; ' +
    'additional terms may apply. By using this site, you agree to the <a href="https://foundation.wikimedia.org/wiki/Terms_of_Use">Terms of Use</a> ' +
    'and <a href="https://foundation.wikimedia.org/wiki/Privacy_policy">Privacy Policy.</a>',
  places: ['Privacy policy', 'About Wikiversity', 'Disclaimers', 'Code of Conduct', 'Developers', 'Statistics', 'Cookie statement', 'Mobile view'],
  tail: '',
  toc: [wvH1, wvH2, wvH3, wvH5],
};
const wikiversity: TestPage = {
  name: 'heldout169-wikiversity-lesson',
  kind: 'wiki',
  html: vector2022(wvShell),
  title: wvTitle,
  headings: [wvH1, wvH2, wvH3, wvH4, wvH5],
  // the activity table's data cells are body, its header cells in neither list; the resource boxes and navbox are furniture
  body: [...texts(wvIntro), ...wvObj, ...texts(wvP2), ...texts(wvP3), ...wvTable, ...texts(wvP3b), ...texts(wvP4), ...wvTask],
  bylines: [wvShell.lastmod],
  furniture: [...vector2022Furniture(wvShell), ...wvBoxes, wvCaption, ...wvNavbox, 'edit'],
};

export const HELDOUT169_A: readonly TestPage[] = [wikiversity, wikidataItem];
