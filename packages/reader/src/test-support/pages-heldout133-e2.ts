import { links, type TestPage, texts } from './page-kit.js';

/**
 * Held-out batch 133, file e2: a Cleveland Clinic health library article (the header, the breadcrumb, the summary under the
 * title, "Medically Reviewed." and the last-updated date, the figure and caption, the "Contents" jump list, h2 sections each
 * made of h3 questions, the "Care at Cleveland Clinic" box and an ad with its non-profit disclaimer inside the text, "A
 * note from Cleveland Clinic", the last-reviewed block, the collapsed references, related departments and Health
 * Essentials cards, the newsletter and the footer).
 */
const title = 'Costochondritis';
const nav = ['Find a Doctor', 'Locations & Directions', 'Patients & Visitors', 'Health Library', 'Institutes & Departments', 'Appointments'];
const crumbs = ['Home', 'Health Library', 'Diseases & Conditions'];
const summary = [
  'Costochondritis is inflammation of the cartilage that connects your ribs to your breastbone. It causes sharp chest pain that usually gets better on its' +
    ' own within a few weeks.',
];
const reviewedTop = ['Medically Reviewed.', 'Last updated on 08/21/2024.'];
const caption = 'Costochondritis causes pain and tenderness where your ribs join your breastbone (sternum).';
const sections: readonly (readonly [string, readonly (readonly [string, readonly string[], number?])[]])[] = [
  [
    'Overview',
    [
      [
        'What is costochondritis?',
        [
          `Costochondritis is inflammation of the costal cartilage, the flexible tissue that joins your upper ribs to your sternum (breastbone). The
inflammation causes pain in the front of your chest that can feel a lot like a heart problem.`,
          'It\u2019s not dangerous, and it doesn\u2019t cause lasting damage. But because chest pain can be a sign of a heart attack, it\u2019s important to' +
            ' get any new chest pain checked.',
        ],
      ],
      [
        'How common is costochondritis?',
        [
          'Costochondritis is common. It\u2019s one of the most frequent causes of chest pain in people who visit a primary care provider or an emergency' +
            ' room.',
        ],
      ],
    ],
  ],
  [
    'Symptoms and Causes',
    [
      [
        'What are the symptoms of costochondritis?',
        [
          'The main symptom is pain in your chest wall. It\u2019s often:',
          'Sharp, aching or pressure-like',
          'On the left side of your breastbone, though it can affect both sides',
          'Worse when you take a deep breath, cough or move your upper body',
          'Tender when someone presses on the area',
        ],
        1,
      ],
      [
        'What causes costochondritis?',
        [
          `Often, there\u2019s no clear cause. Some cases follow an injury to the chest, heavy lifting or strenuous exercise. Others start after a
respiratory infection that causes a lot of coughing.`,
        ],
      ],
    ],
  ],
  [
    'Diagnosis and Tests',
    [
      [
        'How is costochondritis diagnosed?',
        [
          `Your provider will ask about your symptoms and press gently on your chest to find where it hurts. There\u2019s no test that confirms
costochondritis, so they may order an electrocardiogram (EKG) or a chest X-ray to rule out other conditions, especially heart and lung problems.`,
        ],
      ],
    ],
  ],
  [
    'Management and Treatment',
    [
      [
        'How is costochondritis treated?',
        [
          'Most people feel better with simple care at home, such as:',
          'Resting and avoiding activities that make the pain worse',
          'Applying a warm compress or an ice pack to your chest several times a day',
          'Taking over-the-counter nonsteroidal anti-inflammatory drugs (NSAIDs), if your provider says they\u2019re safe for you',
          'Gentle stretching exercises',
        ],
        1,
      ],
      [
        'How long does costochondritis last?',
        ['It usually goes away within a few weeks. In some people it lasts several months or comes back after getting better.'],
      ],
    ],
  ],
  [
    'Outlook / Prognosis',
    [
      [
        'What can I expect if I have costochondritis?',
        ['The outlook is very good. Costochondritis doesn\u2019t damage your heart or lungs, and most people recover fully.'],
      ],
    ],
  ],
  [
    'Living With',
    [
      [
        'When should I go to the ER?',
        [
          'Call 911 or go to the nearest emergency room if you have chest pain along with shortness of breath, sweating, nausea, or pain that spreads to your' +
            ' arm, jaw or back. These can be signs of a heart attack.',
        ],
      ],
    ],
  ],
];
const note = [
  `Chest pain is scary, and it\u2019s natural to worry that something is wrong with your heart. With costochondritis, the pain comes from the
cartilage in your chest wall, and it almost always gets better with time and rest. If your pain is new, severe or comes with other symptoms, get help
right away.`,
];
const careBox = ['Care at Cleveland Clinic', 'Find a Primary Care Provider', 'Make an Appointment'];
const ad = [
  'Advertisement',
  'Cleveland Clinic is a non-profit academic medical center. Advertising on our site helps support our mission. We do not endorse non-Cleveland Clinic' +
    ' products or services.',
  'Policy',
];
const reviewedEnd = ['Medically Reviewed', 'Last reviewed on 08/21/2024.'];
const editorial = 'Learn more about the Health Library and our editorial process.';
const refsText =
  'Cleveland Clinic\u2019s health articles are based on evidence-backed information from a variety of sources, including peer-reviewed journals and medical' +
  ' associations.';
const related = ['Related Institutes & Departments', 'Primary Care', 'Orthopaedic & Rheumatologic Institute'];
const essentials = ['Health Essentials', 'Is It Heartburn or a Heart Attack?', 'Why Your Ribs Hurt When You Breathe', 'Chest Pain You Shouldn\u2019t Ignore'];
const newsletter = ['Get useful, helpful and relevant health + wellness information', 'enews', 'Sign Up'];
const footGroups: readonly (readonly [string, readonly string[]])[] = [
  ['Actions', ['Appointments & Access', 'Accepted Insurance', 'Events Calendar', 'Financial Assistance', 'Give to Cleveland Clinic', 'Pay Your Bill Online']],
  ['Blog, News & Apps', ['Consult QD', 'Health Essentials', 'Newsroom', 'MyClinic', 'MyChart']],
  ['About Cleveland Clinic', ['About Us', 'Locations', 'Quality & Patient Safety', 'Patient Experience', 'Research & Innovations', 'Careers']],
  [
    'Site Information & Policies',
    ['Send Us Feedback', 'Site Map', 'About this Website', 'Copyright, Reprint & Licensing', 'Website Terms of Use', 'Privacy Policy'],
  ],
];
const footBottom = '9500 Lakeview Avenue, Cleveland, Ohio 44195 | 800.555.0147 | © 2025 Cleveland Clinic. All Rights Reserved.';
const slug = (t: string): string => t.toLowerCase().replace(/[^a-z]+/g, '-');
const qHtml = ([q, paras, split]: readonly [string, readonly string[], number?]): string => {
  const n = split ?? paras.length;
  const list = paras.slice(n);
  return `<h3>${q}</h3>\n${paras
    .slice(0, n)
    .map((p) => `<p>${p}</p>`)
    .join('\n')}${list.length ? `\n<ul>${list.map((t) => `<li>${t}</li>`).join('\n')}</ul>` : ''}`;
};
const adHtml = `<div data-identity="billboard-ad" class="print:hidden"><span class="ad-label">${ad[0]}</span><div id="ad-1" class="ad-slot"></div>
<p class="ad-disclaimer">${ad[1]} <a href="https://my.clevelandclinic.org/about/website/advertising-policy">${ad[2]}</a></p></div>`;
const careHtml = `<div data-identity="care-at-cleveland-clinic" class="rounded border p-6"><h2>${careBox[0]}</h2><ul>${links(careBox.slice(1))}</ul></div>`;
const html = `<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><title>${title}: Symptoms, Causes &amp; Treatment</title><meta name="viewport"
content="width=device-width, initial-scale=1">
<meta name="description" content="${summary[0]}"><link rel="canonical" href="https://my.clevelandclinic.org/health/diseases/15851-costochondritis">
<meta property="og:title" content="${title}: Symptoms, Causes &amp; Treatment"><meta property="og:type" content="article"><meta property="og:site_name"
content="Cleveland Clinic">
<script type="application/ld+json">{"@context":"https://schema.org","@type":"MedicalWebPage","name":"${title}","about":{"@type":"MedicalCondition",
"name":"${title}"},
"lastReviewed":"2024-08-21","reviewedBy":{"@type":"Organization","name":"Cleveland Clinic medical
professional"},"publisher":{"@type":"Organization","name":"Cleveland Clinic"}}</script>
<script type="application/ld+json">{"@context":"https://schema.org","@type":"BreadcrumbList","itemListElement":[{"@type":"ListItem","position":1,"name":"Health
Library",
"item":"https://my.clevelandclinic.org/health"},{"@type":"ListItem","position":2,"name":"Diseases &amp;
Conditions","item":"https://my.clevelandclinic.org/health/diseases"}]}</script>
<link rel="stylesheet" href="https://my.clevelandclinic.org/_next/static/css/4b6c3a1f2d9e8f7a.css"><script
src="https://my.clevelandclinic.org/_next/static/chunks/webpack-8e1f.js" defer></script>
</head><body><div id="__next"><header data-identity="site-header" class="sticky top-0 z-50 bg-white"><a href="https://my.clevelandclinic.org/"
aria-label="Cleveland Clinic logo">
<svg width="160" height="32"><use xlink:href="#cc-logo"></use></svg></a><nav aria-label="Main"><ul class="flex gap-6">${links(nav)}</ul></nav>
<form role="search"><input type="search" placeholder="Search Health Library" aria-label="Search"><button type="submit">Search</button></form></header>
<main id="main-content"><nav aria-label="Breadcrumb" data-identity="breadcrumbs"><ol class="flex text-sm">${crumbs
  .map((c) => `<li><a href="https://my.clevelandclinic.org/${slug(c)}">${c.replace('&', '&amp;')}</a></li>`)
  .join('')}<li aria-current="page">${title}</li></ol></nav>
<article data-identity="health-library-article"><header><h1 data-identity="headline" class="text-4xl font-bold">${title}</h1>
<div data-identity="main-article-summary"><p>${summary[0]}</p></div><div data-identity="article-reviewed" class="text-sm"><span>${reviewedTop[0]}</span>
<span>${reviewedTop[1]}</span></div></header>
<figure data-identity="article-image"><img src="https://my.clevelandclinic.org/-/scassets/images/org/health/articles/15851-costochondritis"
alt="Illustration of the
ribs and breastbone showing where costochondritis causes pain" width="640" height="360" loading="lazy"><figcaption>${caption}</figcaption></figure>
<nav data-identity="table-of-contents" aria-label="Contents"><p class="font-bold">Contents</p><ul>${sections
  .map(([h]) => `<li><a href="#${slug(h)}">${h}</a></li>`)
  .join('')}</ul></nav>
<div data-identity="article-body">
${sections
  .map(
    ([h, qs], i) =>
      `<section id="${slug(h)}"><h2>${h}</h2>\n${qs.map(qHtml).join('\n')}</section>${i === 0 ? `\n${careHtml}` : ''}${i === 2 ? `\n${adHtml}` : ''}`,
  )
  .join('\n')}
<section data-identity="note-from-cleveland-clinic" class="bg-gray-100 p-6"><h2>A note from Cleveland Clinic</h2><p>${note[0]}</p></section></div>
<div data-identity="article-reviewed-footer"><p class="font-bold">${reviewedEnd[0]}</p><p>${reviewedEnd[1]}</p><p><a
href="https://my.clevelandclinic.org/health/articles/editorial-process">
${editorial}</a></p></div><div data-identity="article-references"><button aria-expanded="false">References</button><div hidden><p>${refsText}</p><ol>
<li>Alder PR. Chest wall pain in primary care. Lakeshore Family Medicine Review. 2021;33(2):45-51.</li></ol></div></div></article>
<aside data-identity="related"><h2>${related[0]}</h2><ul>${links(related.slice(1))}</ul><h2>${essentials[0]}</h2><ul>${links(essentials.slice(1))}</ul></aside>
<section data-identity="newsletter-signup"><h2>${newsletter[0]}</h2><p>${newsletter[1]}</p><form><input type="email" placeholder="Email Address"
aria-label="Email">
<button type="submit">${newsletter[2]}</button></form></section></main>
<footer data-identity="site-footer">${footGroups
  .map(([h, items]) => `<div><h2 class="font-bold">${h}</h2><ul>${links(items)}</ul></div>`)
  .join('\n')}<p class="text-xs">9500 Lakeview Avenue, Cleveland, Ohio 44195 | <a href="tel:8005550147">800.555.0147</a> | © 2025 Cleveland Clinic. All Rights
Reserved.</p>
</footer></div><script id="__NEXT_DATA__"
type="application/json">{"props":{"pageProps":{"articleId":15851,"articleType":"diseases"}},"page":"/health/diseases/[slug]"}</script>
</body></html>`;
export const clevelandArticle: TestPage = {
  name: 'heldout133-clevelandclinic-health-library',
  kind: 'wiki',
  html,
  // the summary under the title is body; the "Contents" list repeats the h2s and is left out (its label is furniture); the care box
  // and the ad inside the text, the caption, the reviewed footer, references, related cards, newsletter and footer are furniture;
  // "A note from Cleveland Clinic" is part of the article
  title,
  headings: [...sections.flatMap(([h, qs]) => [h, ...qs.map(([q]) => q)]), 'A note from Cleveland Clinic'],
  body: texts([...summary, ...sections.flatMap(([, qs]) => qs.flatMap(([, p]) => p)), ...note]),
  bylines: [...reviewedTop, ...reviewedEnd],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [...new Set([
    ...nav, 'Search', ...crumbs, caption, 'Contents', ...careBox, ...ad, editorial, 'References', refsText, ...related, ...essentials, ...newsletter,
    ...footGroups.flatMap(([h, items]) => [h, ...items]), footBottom,
  ])],
};
