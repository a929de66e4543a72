import { type TestPage, texts } from './page-kit.js';
import { wikipedia } from './pages-heldout94-e2.js';
import { type VectorPage, vectorChromeFurniture, vectorPage } from './pages-heldout94-e3.js';
import { paras, tags } from './pages-heldout94-kit.js';

/**
 * Held-out batch 94, file e: an ArchWiki article on the Vector 2022 skin (the Arch Linux navbar above the wiki, the Vector
 * chrome from file e3, the "Related articles" box at the top of the content, an expansion notice, note, tip and warning
 * boxes, "[edit]" section links, code blocks, a "See also" link list, the category links and the footer) and, from file
 * e2, a Wikipedia biography.
 */
const awTitle = 'Sparrowd';
const awRelated = ['Power management', 'Laptop', 'TLP', 'Udev'];
const awP1 = paras(`
<a rel="nofollow" class="external text" href="https://sparrowd.example/">Sparrowd</a> is a small daemon that sets battery
charge thresholds on laptops and keeps them applied across reboots, suspend and resume. Limiting the maximum charge to around
80% can slow down battery wear on laptops that spend most of their time plugged in.

Sparrowd only manages charge thresholds. For general power saving, see <a href="/title/Power_management">Power management</a>.`);
const awExpansion = ['This article or section needs expansion.', 'Reason: Document the D-Bus interface added in version 0.9. (Discuss in Talk:Sparrowd)'];
const awH1 = 'Installation';
const awP2 = [
  '<a href="/title/Install" class="mw-redirect">Install</a> the <span class="plainlinks archwiki-template-pkg"><a rel="nofollow" class="external text" ' +
    'href="https://archlinux.org/packages/?name=sparrowd">sparrowd</a></span> package, then <a href="/title/Enable">enable</a> and start ' +
    '<code>sparrowd.service</code>.',
];
const awNote1 = paras(`
Sparrowd needs a kernel driver that exposes <code>charge_control_end_threshold</code> under
<code>/sys/class/power_supply/BAT0/</code>. Most ThinkPads and many recent ASUS, Dell and Framework laptops do.`);
const awH2 = 'Configuration';
const awP3 = ['The configuration file is <code>/etc/sparrowd.conf</code>. Changes take effect after restarting the service.'];
const awH3 = 'Charge thresholds';
const awP4 = paras(`
Set the level at which charging stops with <code>stop_threshold</code> and the level below which charging starts again with
<code>start_threshold</code>. The start threshold must be lower than the stop threshold, otherwise the daemon refuses to
start and logs an error.`);
const awTip = paras(`
A start threshold a few percent below the stop threshold avoids constantly topping up the battery by one or two percent.`);
const awH4 = 'Per-profile settings';
const awP5 = paras(`
Sparrowd can switch between named profiles. A common setup keeps a conservative profile for everyday use and a full-charge
profile for travel. Switch profiles with <code>sparrowctl profile <i>name</i></code>; the choice persists across reboots.`);
const awHu = 'Usage';
const awPu = paras(`
Run <code>sparrowctl status</code> to see the current thresholds, the active profile and the battery’s charge level as the
kernel reports it.

When you need a full battery once, for example before a long flight, run <code>sparrowctl fullcharge</code>. The battery then
charges to 100%, and the normal thresholds are restored as soon as the charger is unplugged.`);
const awH5 = 'Troubleshooting';
const awH6 = 'Thresholds reset after resume';
const awP6 = paras(`
Some firmware resets the thresholds when the laptop wakes from suspend. Sparrowd reapplies them on resume by default; if that
does not happen, check that <code>sparrowd-resume.service</code> is enabled and that no other tool, such as
<a href="/title/TLP">TLP</a>, is also managing thresholds.`);
const awWarn = paras(`
Running two tools that write charge thresholds at the same time can leave the battery charging to 100% without either of them
reporting an error.`);
const awH7 = 'Permission denied when writing thresholds';
const awP7 = paras(`
The threshold files are only writable by root. If you run <code>sparrowctl</code> as a normal user, make sure it talks to the
daemon rather than writing to <code>sysfs</code> directly, which is the default unless <code>--direct</code> is given.`);
const awH8 = 'See also';
const awSeeAlso = ['Sparrowd upstream documentation', 'Kernel documentation on power supply class attributes'];
const awBox = (kind: string, label: string, text: readonly string[]): string =>
  `<div class="archwiki-template-box archwiki-template-box-${kind}"><strong>${label}</strong> ${text.join(' ')}</div>`;
const awH = (level: number, t: string, section: number): string => {
  const id = t.replace(/ /g, '_');
  return `<div class="mw-heading mw-heading${level}"><h${level} id="${id}">${t}</h${level}><span class="mw-editsection"><span
class="mw-editsection-bracket">[</span>
<a href="/index.php?title=Sparrowd&amp;action=edit&amp;section=${section}" title="Edit section: ${t}"><span>edit</span></a><span
class="mw-editsection-bracket">]</span></span></div>`;
};
const awContent = `<div class="archwiki-template-meta-related-articles-start"><p>Related articles</p><ul>
${awRelated.map((t) => `<li><a href="/title/${t}" title="${t}">${t}</a></li>`).join('\n')}</ul></div>
<div class="archwiki-template-message"><p><span class="archwiki-template-message-title">${awExpansion[0]}</span></p>
<div><b>Reason:</b> Document the D-Bus interface added in version 0.9. (Discuss in <a href="/title/Talk:Sparrowd">Talk:Sparrowd</a>)</div></div>
${tags('p', awP1)}
${awH(2, awH1, 1)}
${tags('p', awP2)}
${awBox('note', 'Note:', awNote1)}
${awH(2, awH2, 2)}
${tags('p', awP3)}
${awH(3, awH3, 3)}
${tags('p', awP4)}
<pre>/etc/sparrowd.conf
[battery]
start_threshold = 75
stop_threshold = 80
</pre>
${awBox('tip', 'Tip:', awTip)}
${awH(3, awH4, 4)}
${tags('p', awP5)}
<pre>$ sparrowctl profile travel</pre>
${awH(2, awHu, 5)}
${tags('p', awPu)}
${awH(2, awH5, 6)}
${awH(3, awH6, 7)}
${tags('p', awP6)}
${awBox('warning', 'Warning:', awWarn)}
${awH(3, awH7, 8)}
${tags('p', awP7)}
${awH(2, awH8, 9)}
<ul>
${awSeeAlso.map((t, i) => `<li><a rel="nofollow" class="external text" href="https://docs.example/${i}">${t}</a></li>`).join('\n')}
</ul>`;
const awArchNav = ['Home', 'Packages', 'Forums', 'Wiki', 'GitLab', 'Security', 'AUR', 'Download'];
const awPage: VectorPage = {
  site: 'ArchWiki',
  title: awTitle,
  head: '<link rel="stylesheet" href="/load.php?lang=en&amp;modules=zzz.ext.archLinux.global.styles&amp;only=styles">',
  before: `<div id="archnavbar" class="noprint"><div id="logo"><a href="https://archlinux.org/" title="Return to the main page">Arch Linux</a></div>
<div id="archnavbarmenu"><ul id="archnavbarlist">
${awArchNav
  .map(
    (t) => `<li id="anb-${t.toLowerCase()}"${t === 'Wiki' ? ' class="anb-selected"' : ''}><a
href="https://archlinux.org/${t.toLowerCase()}/">${t}</a></li>`,
  )
  .join('\n')}
</ul></div></div>`,
  menus: [
    { heading: 'Navigation', items: ['Main page', 'Table of contents', 'Getting involved', 'Wiki news', 'Random page'] },
    { heading: 'Interaction', items: ['Help', 'Contributing', 'Recent changes', 'Recent talks', 'New pages', 'Statistics', 'Requests'] },
  ],
  toc: [awH1, awH2, awHu, awH5, awH8],
  languages: ['Deutsch', '日本語'],
  tabs: ['Page', 'Discussion'],
  views: ['Read', 'View source', 'View history'],
  tools: ['What links here', 'Related changes', 'Special pages', 'Printable version', 'Permanent link', 'Page information'],
  content: awContent,
  categories: ['Power management'],
  lastEdited: 'This page was last edited on 3 October 2025, at 14:12.',
  footerInfo: 'Content is available under GNU Free Documentation License 1.3 or later unless otherwise noted.',
  footerPlaces: ['Privacy policy', 'About ArchWiki', 'Disclaimers', 'Code of conduct', 'Mobile view'],
  bodyClass: 'page-Sparrowd rootpage-Sparrowd',
};
const archwiki: TestPage = {
  name: 'heldout94-archwiki-wiki',
  kind: 'wiki',
  html: vectorPage(awPage),
  // note, tip and warning box texts are body, their labels in neither list; the "Related articles" box and the expansion
  // notice are furniture; the "See also" link list is in neither list (its heading is a heading); the sidebar table of
  // contents repeats the headings with their numbers and is left out; "last edited" is a byline
  title: awTitle,
  headings: [awH1, awH2, awH3, awH4, awHu, awH5, awH6, awH7, awH8],
  body: texts([...awP1, ...awP2, awNote1.join(' '), ...awP3, ...awP4, ...awTip, ...awP5, ...awPu, ...awP6, ...awWarn, ...awP7]),
  bylines: [awPage.lastEdited],
  furniture: [
    ...new Set([
      'Arch Linux',
      ...awArchNav,
      ...vectorChromeFurniture(awPage).filter((t) => t !== 'Power management'),
      'Related articles',
      ...awRelated,
      ...awExpansion,
      'edit',
    ]),
  ],
};

export const HELDOUT94_E: readonly TestPage[] = [archwiki, wikipedia];
