import { links, type TestPage, texts } from './page-kit.js';
import { wikipediaTownPage } from './pages-heldout145-f2.js';
import { furnish } from './pages-heldout145-kit.js';

/**
 * Held-out batch 145, file f: a Merck Manual Consumer Version topic page on a made-up disorder (the "Brought to you by"
 * bar, the header with the Professional Version switch, menu, search and language picker, breadcrumbs, the h1 with the
 * author, reviewer and "Reviewed/Revised" lines, the "Topic Resources" box, the opening key-point list, sections with
 * bolded list items, a figure with its caption and credit, "More Information" with its disclaimer, the "Test your
 * Knowledge" quiz box, "Also of Interest", the copyright line and the footer) and, from file f2, a Wikipedia town article.
 */
const T = 'Pellmann Disease';
const intro = [
  'Pellmann disease is a rare hereditary disorder in which the body cannot break down a fatty substance called sulfolipid, which builds up in the ' +
    'liver, spleen and nerves.',
  'Symptoms usually begin in childhood and include an enlarged abdomen, easy bruising and, later, weakness and numbness in the legs.',
  'The diagnosis is based on blood tests and genetic testing.',
  'Enzyme replacement therapy can slow the disease, and most people treated early live into adulthood.',
];
const p0 = [
  'Pellmann disease is a type of lipid storage disorder. It is inherited in an autosomal recessive pattern, which means a child must receive one ' +
    'abnormal gene from each parent to develop the disease. People who have only one abnormal gene are carriers and have no symptoms. The disease ' +
    'affects about 1 in 120,000 people and is more common in some isolated communities in northern Europe.',
  'In Pellmann disease, an enzyme that normally breaks down sulfolipid does not work properly. The sulfolipid gradually collects in cells of the ' +
    'liver, spleen, bone marrow and the covering of nerves, causing these organs to enlarge or stop working normally.',
];
const hSym = 'Symptoms of Pellmann Disease';
const sym = [
  'Symptoms usually appear between the ages of 2 and 10 years. The liver and spleen enlarge, causing the abdomen to swell. Children may bruise ' +
    'easily and have nosebleeds because the enlarged spleen traps platelets, the cells that help blood clot.',
  'In later childhood or adolescence, damage to the nerves may cause weakness, numbness and a burning feeling in the feet and legs. Some people ' +
    'have trouble walking. Intelligence is usually not affected.',
];
const hDiag = 'Diagnosis of Pellmann Disease';
const diag0 = ['Blood tests', 'Genetic testing'];
const diag = [
  'Doctors suspect Pellmann disease in children who have an enlarged liver and spleen. The diagnosis is confirmed by a blood test that measures ' +
    'the activity of the enzyme in white blood cells. Genetic testing can identify the abnormal genes.',
  'Before birth, the disorder can be diagnosed by prenatal testing with chorionic villus sampling or amniocentesis. Relatives of people with the ' +
    'disease may want to have genetic testing to find out whether they are carriers.',
];
const hTreat = 'Treatment of Pellmann Disease';
const treat0 = ['Enzyme replacement therapy', 'Sometimes removal of the spleen', 'Physical therapy'];
const treat = [
  'Enzyme replacement therapy, given by vein every 2 weeks, reduces the size of the liver and spleen and improves blood counts. It works best when ' +
    'started before nerve damage develops. It must be continued for life.',
  'If the spleen is very large or destroys too many blood cells, doctors may remove it. Physical therapy and supportive devices such as braces help ' +
    'people with weakness in their legs stay active.',
];
const hMore = 'More Information';
const moreNote = 'The following English-language resource may be useful. Please note that THE MANUAL is not responsible for the content of this resource.';
const moreLink = 'Pellmann Disease Family Network: information and support for families affected by Pellmann disease';
const by = 'By Marta Kovač, MD, PhD, Ridgeway University School of Medicine';
const rev = 'Reviewed By Daniel Ashcombe, MD, Lakemont Children’s Hospital';
const revised = 'Reviewed/Revised Jun 2025';
const brought =
  'Brought to you by Merck & Co, Inc., Rahway, NJ, USA (known as MSD outside the US and Canada) — dedicated to using leading-edge science to save ' +
  'and improve lives around the world. Learn more about the Merck Manuals and our commitment to Global Medical Knowledge.';
const nav = ['Health Topics', 'Health Resources', 'Commentary', 'About'];
const crumbs = ['Home', 'Children’s Health Problems', 'Hereditary Metabolic Disorders'];
const res = ['Topic Resources', 'Images (1)', 'Quizzes (1)', 'Tables (0)'];
const caption = 'Enlarged liver and spleen in a child with Pellmann disease';
const credit = 'Image courtesy of Dr. H. Lindqvist via the Public Health Image Archive.';
const quiz = ['Test your Knowledge', 'Take a Quiz!', 'Which of the following organs is most often enlarged in lipid storage disorders?'];
const also = ['Also of Interest', 'Overview of Hereditary Metabolic Disorders', 'Gaucher Disease', 'Niemann-Pick Disease', 'Genetic Screening'];
const copy = 'Copyright © 2025 Merck & Co., Inc., Rahway, NJ, USA and its affiliates. All rights reserved.';
const foot = ['About', 'Disclaimer', 'Cookie Preferences', 'Privacy', 'Terms of Use', 'Contact Us', 'Global Medical Knowledge', 'Permissions', 'Licensing'];
const bullets = (items: readonly string[]): string => `<ul class="Bullets">${items.map((t) => `<li><p><b>${t}</b></p></li>`).join('')}</ul>`;
const html = `<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><title>${T} - Children's Health Issues - Merck Manual Consumer Version</title>
<meta name="viewport" content="width=device-width, initial-scale=1"><meta name="description" content="${intro[0]}">
<link rel="canonical" href="https://www.merckmanuals.com/home/children-s-health-issues/hereditary-metabolic-disorders/pellmann-disease">
<meta property="og:title" content="${T}"><meta property="og:site_name" content="Merck Manual Consumer Version">
<script type="application/ld+json">{"@context":"https://schema.org","@type":"MedicalWebPage","name":"${T}","audience":"Patient","lastReviewed":"2025-06",
"author":{"@type":"Person","name":"Marta Kovač, MD, PhD"}}</script>
<script id="__NEXT_DATA__" type="application/json">{"props":{"pageProps":{"topic":{"id":"v29318","locale":"en-us","audience":"consumer"}}},
"page":"/[...slug]"}</script>
<script src="/_next/static/chunks/main-3c1b7e.js" defer></script><link rel="stylesheet" href="/_next/static/css/4f8a21.css"></head>
<body><div id="__next"><div class="brought-to-you"><p>${brought.replace(/&/g, '&amp;').replace('Learn more', '<a href="/home/about">Learn more')}</a></p></div>
<header class="Header_header"><div class="Header_top"><a href="/home" class="Header_logo"><img src="/home/logo-consumer.svg" alt="Merck Manual Consumer
Version"></a>
<div class="Header_switch"><a href="/professional" class="Header_switchLink">Professional Version</a></div><form class="Search_form" role="search"><input
type="search" placeholder="Search Consumer Version" aria-label="Search Consumer Version"><button type="submit"><span
class="visually-hidden">Search</span></button>
</form><div class="LanguagePicker"><button aria-haspopup="listbox">English</button></div></div><nav class="Header_nav" aria-label="Main"><ul>${links(nav)}</ul>
</nav></header>
<main class="Topic_main"><nav class="Breadcrumb" aria-label="breadcrumb"><ol>${crumbs
  .map(
    (c) => `<li><a
href="/home/${c.replace(/\W+/g, '-')}">${c}</a></li>`,
  )
  .join('')}
</ol></nav><div class="Topic_layout"><article class="Topic_article"><header class="TopicHead"><h1 class="TopicHead_title">${T}</h1>
<div class="TopicHead_authors"><p class="TopicHead_author">${by.replace(
  'Marta Kovač, MD, PhD',
  '<a href="/home/authors/kovac-marta">Marta Kovač, MD, ' + 'PhD</a>',
)}</p>
<p class="TopicHead_reviewer">${rev}</p><p class="TopicHead_revised">${revised}</p></div><a class="TopicHead_profLink"
href="/professional/pediatrics/pellmann-disease">View
Professional Version</a></header>
<div class="TopicFHead_summary"><ul class="Bullets Bullets--summary">${intro.map((t) => `<li>${t}</li>`).join('\n')}</ul></div>
<section class="TopicSection">${p0.map((x) => `<p class="para">${x}</p>`).join('\n')}</section>
<section class="TopicSection"><h2 class="TopicSection_title">${hSym}</h2>${sym.map((x) => `<p class="para">${x}</p>`).join('\n')}
<figure class="TopicFigure"><img src="/-/media/manual/home/images/pellmann-abdomen.jpg" alt="${caption}"><figcaption><span
class="TopicFigure_title">${caption}</span>
<span class="TopicFigure_credit">${credit}</span></figcaption></figure></section>
<section class="TopicSection"><h2 class="TopicSection_title">${hDiag}</h2>${bullets(diag0)}${diag.map((x) => `<p class="para">${x}</p>`).join('\n')}</section>
<section class="TopicSection"><h2 class="TopicSection_title">${hTreat}</h2>${bullets(treat0)}${treat
  .map(
    (x) => `<p
class="para">${x}</p>`,
  )
  .join('\n')}</section>
<section class="TopicSection TopicSection--moreinfo"><h2 class="TopicSection_title">${hMore}</h2><p class="para">${moreNote}</p><ol><li><a
href="https://pellmannfamilies.example.org">${moreLink}</a></li></ol></section></article>
<aside class="Topic_side"><div class="TopicResources"><h2>${res[0]}</h2><ul>${links(res.slice(1))}</ul></div>
<div class="QuizBox"><h2>${quiz[0]}</h2><a href="/home/quizzes">${quiz[1]}</a><p>${quiz[2]}</p></div>
<div class="AlsoOfInterest"><h2>${also[0]}</h2><ul>${links(also.slice(1))}</ul></div></aside></div></main>
<footer class="Footer"><ul>${links(foot)}</ul><p class="Footer_copyright">${copy.replace(/&/g, '&amp;')}</p></footer></div>
<script src="/_next/static/chunks/pages/%5B...slug%5D-8a2f.js" defer></script></body></html>`;
const headings = [hSym, hDiag, hTreat, hMore];
const body = texts([...intro, ...p0, ...sym, ...diag0, ...diag, ...treat0, ...treat]);
const merck: TestPage = {
  html,
  name: 'heldout145-merck-manual-consumer',
  kind: 'wiki',
  // the opening key-point list and the bolded one-line lists are body; the "More Information" heading is a heading, its
  // disclaimer furniture and its link in neither list; the author, reviewer and "Reviewed/Revised" lines are bylines
  title: T,
  headings,
  body,
  bylines: [by, rev, revised],
  furniture: furnish(
    [T, ...headings, ...body],
    [
      brought,
      'Professional Version',
      'Search',
      'English',
      ...nav,
      ...crumbs,
      'View Professional Version',
      caption,
      credit,
      moreNote,
      ...res,
      ...quiz,
      ...also,
      ...foot,
      copy,
    ],
  ),
};

export const HELDOUT145_F: readonly TestPage[] = [merck, wikipediaTownPage];
