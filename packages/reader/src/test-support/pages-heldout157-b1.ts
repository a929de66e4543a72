import { links, ps, type TestPage, texts } from './page-kit.js';
import { WP_FURNITURE, wikiPage, wpHeading, wpRef, wpRetrieved } from './pages-heldout157-a0.js';

/**
 * Held-out batch 157, helper b1: a Wikipedia article about an (invented) note-taking application, with a software
 * infobox (screenshot caption, developer, release, repository), a feature list, a reception section with a blockquote,
 * a release history table, references, an official-website link, a navbox and categories.
 */
const title = 'Quillmark';
const lead = [
  `<b>Quillmark</b> is a free and open-source note-taking application for Linux, macOS and Windows. It stores notes as plain Markdown files in a
folder chosen by the user and links them together through a graph of backlinks.${wpRef(1)} It is developed by the Quillmark Collective, a
small group of volunteers based mainly in Finland and the Netherlands.`,
  'The application was first released in 2019 and had been downloaded more than four million times by the end of 2024.',
];
const h1 = 'History';
const p1 = [
  `Quillmark began as a personal project of the Finnish programmer Aino Lehtisalo, who wanted a note-taking tool that would not lock her notes into a
proprietary database. She published the first version on a public code hosting site in March 2019 under the MIT License.${wpRef(2)}`,
  `Version 1.0, released in October 2020, added a plugin interface, and within a year more than three hundred community plugins had been published.
In 2022 the project moved to an independent foundation, the Quillmark Collective, funded by donations and a paid synchronisation service.${wpRef(3)}`,
];
const h2 = 'Features';
const p2 = ['The main features of Quillmark include:'];
const feats = [
  'Notes written in Markdown, with a live preview that hides formatting characters outside the current line.',
  'Backlinks and a graph view showing how notes refer to each other.',
  'Daily notes and templates for recurring pages such as meeting records.',
  'End-to-end encrypted synchronisation between devices, offered as an optional paid service.',
  'A plugin interface written in TypeScript.',
];
const p2b = [
  'Because notes are ordinary files, they can be edited with other programs and kept under version control, which the developers describe as the ' +
    'central design principle.',
];
const h3 = 'Reception';
const p3 = [
  `Reviewers have generally praised Quillmark's speed and its treatment of files. Writing in <i>Open Desk</i> in 2021, Pieter Mulder called it "the first
note-taking tool I have used that respects the fact that my notes are mine".${wpRef(4)}`,
];
const quote =
  'Quillmark is not the prettiest application of its kind, and its settings screens can be bewildering, but nothing else I tried was as quick to open ' +
  'a folder of ten thousand notes.';
const p3b = [
  `Criticism has focused on the steep learning curve for new users and on the quality of some third-party plugins, several of which were found to
send usage data to outside servers in 2023.${wpRef(5)} The Collective responded by introducing a review process for plugins listed in its directory.`,
];
const relHeads = ['Version', 'Release date', 'Notable changes'];
const relRows = [
  ['0.1', 'March 2019', 'First public release'],
  ['1.0', 'October 2020', 'Plugin interface'],
  ['2.0', 'June 2023', 'Encrypted synchronisation, canvas view'],
];
const refs = [
  '"About Quillmark". Quillmark Collective. Retrieved 4 February 2025.',
  'Lehtisalo, Aino (12 March 2019). "Why I am writing another notes app". Personal blog. Retrieved 20 January 2025.',
  'Vos, Marieke (9 May 2022). "Quillmark moves to a foundation". The Register of Free Software. Retrieved 20 January 2025.',
  'Mulder, Pieter (3 August 2021). "Quillmark review". Open Desk. pp. 44–46.',
  'Ahonen, Mikko (17 November 2023). "Popular note-taking plugins leaked usage data". Tekniikka Today. Retrieved 20 January 2025.',
];
const quoteCite = '— Helena Strand, Nordic Software Review, 2022';
const extLinks = ['Official website', 'Quillmark at GitHub'];
const navTitle = 'Note-taking software';
const navItems = ['Comparison of note-taking software', 'Outliner', 'Personal knowledge base', 'Personal wiki', 'Zettelkasten'];
const cats = ['2019 software', 'Free note-taking software', 'Software using the MIT license', 'Cross-platform software'];
const shotCaption = 'Quillmark 2.3 showing a note with its backlinks panel';
const info = `<table class="infobox vevent"><tbody><tr><th colspan="2" class="infobox-above summary">Quillmark</th></tr>
<tr><td colspan="2" class="infobox-image"><span typeof="mw:File/Frameless"><a href="/wiki/File:Quillmark_2.3.png" class="mw-file-description">
<img src="//upload.wikimedia.org/wikipedia/en/quillmark.png" width="300" height="190" class="mw-file-element"></a></span>
<div class="infobox-caption">${shotCaption}</div></td></tr><tr><th scope="row" class="infobox-label">Original author</th>
<td class="infobox-data">Aino Lehtisalo</td></tr><tr><th scope="row" class="infobox-label">Developer</th><td class="infobox-data">Quillmark Collective</td></tr>
<tr><th scope="row" class="infobox-label">Initial release</th><td class="infobox-data">12 March 2019</td></tr><tr><th scope="row" class="infobox-label">
Stable release</th><td class="infobox-data"><div style="margin:0px;">2.4.1 / 2 September 2025</div></td></tr>
<tr><th scope="row" class="infobox-label">Written in</th><td class="infobox-data">TypeScript, Rust</td></tr><tr><th scope="row"
class="infobox-label">License</th>
<td class="infobox-data">MIT License</td></tr><tr><th scope="row" class="infobox-label">Website</th><td class="infobox-data">
<span class="url"><a rel="nofollow" class="external text" href="https://quillmark.example">quillmark.example</a></span></td></tr></tbody></table>`;
const content = `<style data-mw-deduplicate="TemplateStyles:r1257001546">.mw-parser-output .infobox-subbox{padding:0;border:none;margin:-3px}</style>
${info}
${ps(lead)}
<meta property="mw:PageProp/toc">
${wpHeading(h1)}
${ps(p1)}
${wpHeading(h2)}
${ps(p2)}
<ul>${feats.map((f) => `<li>${f}</li>`).join('\n')}</ul>
${ps(p2b)}
${wpHeading(h3)}
${ps(p3)}
<blockquote class="templatequote"><p>${quote}</p><div class="templatequotecite">${quoteCite}</div></blockquote>
${ps(p3b)}
${wpHeading('Release history')}
<table class="wikitable"><tbody><tr>${relHeads.map((h) => `<th>${h}</th>`).join('')}</tr>
${relRows.map((r) => `<tr>${r.map((c) => `<td>${c}</td>`).join('')}</tr>`).join('\n')}</tbody></table>
${wpHeading('References')}
<div class="reflist"><div class="mw-references-wrap"><ol class="references">
${refs
  .map(
    (r, i) => `<li id="cite_note-${i + 1}"><span class="mw-cite-backlink"><b><a href="#cite_ref-${i + 1}">^</a></b></span>
<span class="reference-text"><cite class="citation web cs1">${r}</cite></span></li>`,
  )
  .join('\n')}</ol></div></div>
${wpHeading('External links')}
<ul>${links(extLinks)}</ul>
<div role="navigation" class="navbox" aria-labelledby="Note-taking_software"><table class="nowraplinks mw-collapsible autocollapse navbox-inner"><tbody>
<tr><th class="navbox-title" colspan="2"><div id="Note-taking_software">${navTitle}</div></th></tr><tr><td class="navbox-list hlist"><ul>${links(navItems)}</ul>
</td></tr></tbody></table></div>`;
const html = wikiPage({
  title,
  slug: 'Quillmark',
  langs: '9 languages',
  toc: [h1, h2, h3, 'Release history', 'References', 'External links'],
  description: 'Note-taking application',
  content,
  cats,
  edited: 'This page was last edited on 27 September 2025, at 21:40 (UTC).',
  jsonld: '{"@context":"https://schema.org","@type":"Article","name":"Quillmark","dateModified":"2025-09-27T21:40:11Z"}',
});

export const wikipediaSoftware: TestPage = {
  name: 'heldout157-wikipedia-software-article',
  kind: 'wiki',
  html,
  title,
  // the release history is an article section (heading and data cells are gold); the blockquote is body, its citation line
  // furniture
  headings: [h1, h2, h3, 'Release history'],
  body: [...texts([...lead, ...p1, ...p2, ...feats, ...p2b, ...p3, quote, ...p3b]), ...relRows.flat()],
  bylines: ['This page was last edited on 27 September 2025, at 21:40 (UTC).'],
  furniture: [
    ...WP_FURNITURE,
    '9 languages',
    wpRetrieved('Quillmark'),
    'Note-taking application',
    shotCaption,
    quoteCite,
    'References',
    ...texts(refs),
    'External links',
    ...extLinks,
    navTitle,
    ...navItems,
    ...cats,
  ],
};
