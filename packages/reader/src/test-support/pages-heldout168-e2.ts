import { type TestPage, texts } from './page-kit.js';

/**
 * Held-out batch 168, file e2: a NixOS manual chapter as nixos-render-docs writes it (DocBook-style XHTML: the navheader
 * table with "Prev", the part title and "Next", the chapter's "Table of Contents" that repeats its sections, numbered section
 * titles inside "titlepage" divs, a note admonition, program listings, and the navfooter table with "Up", "Home" and the
 * neighbouring chapter titles).
 */
const nxTitle = 'Chapter 14. Swap and Zram';
const nxP0 = [
  'NixOS can use swap on a partition, on a swap file, or in compressed memory with zram. Each is configured declaratively, and ' +
    'the system activates the devices at boot after running <code>nixos-rebuild switch</code>.',
];
const nxH1 = 'Swap files and partitions';
const nxP1 = [
  'Swap devices are listed in the <code>swapDevices</code> option. For a swap file, give its path and size in megabytes, and NixOS ' +
    'creates the file on first activation if it does not already exist:',
  'On Btrfs, the file is created with copy-on-write disabled, which the kernel requires for swap files. Changing the size later ' +
    'does not resize an existing file; delete it and rebuild to create a new one.',
  'For an encrypted swap partition that does not need to survive a reboot, set <code>randomEncryption.enable</code> on the device. ' +
    'A fresh key is generated at every boot, which means the partition cannot be used for hibernation.',
];
const nxCode1 = `swapDevices = [ {
  device = "/var/lib/swapfile";
  size = 8 * 1024;
} ];`;
const nxH2 = 'Compressed memory with zram';
const nxP2 = [
  'Zram creates a block device in RAM whose contents are compressed. Pages swapped to it take a third to a half of their original ' +
    'size, so a machine with little memory can hold more before it has to touch the disk. Enable it with:',
];
const nxCode2 = `zramSwap = {
  enable = true;
  memoryPercent = 50;
  algorithm = "zstd";
};`;
const nxNote =
  'The <code>memoryPercent</code> option sets the uncompressed size of the zram device, not how much RAM it uses. A device sized ' +
  'at half of memory typically uses between a sixth and a quarter of memory when full.';
const nxP3 = [
  'Zram and disk swap can be used together. Zram is given a higher priority by default, so the kernel fills it first and only ' +
    'pages out to disk when it is full. This combination suits laptops well: most swapping stays in memory, and the disk swap ' +
    'is still there for hibernation.',
];
const nxH3 = 'Tuning swappiness';
const nxP4 = [
  'The kernel\u2019s willingness to swap is controlled by <code>vm.swappiness</code>. With zram, a higher value than the default of ' +
    '60 is often better, because swapping to compressed memory is cheap. Set it through <code>boot.kernel.sysctl</code>:',
  'Check the result after a rebuild with <code>zramctl</code>, which shows the compressed and uncompressed sizes of each device, ' +
    'and <code>swapon --show</code>, which lists every active swap device with its priority.',
];
const nxCode3 = 'boot.kernel.sysctl."vm.swappiness" = 180;';
const nxNav = ['Prev', 'Part I. Configuration', 'Next', 'Up', 'Home', 'Chapter 13. File Systems', 'Chapter 15. Networking'];
const nxToc = ['Table of Contents', `${nxH1}`, `${nxH2}`, `${nxH3}`];
const nxSec = (n: string, id: string, t: string): string =>
  `<div class="titlepage"><div><div><h2 class="title" style="clear: both"><a id="${id}"></a>${n} ${t}</h2></div></div></div>`;
const nxPre = (c: string): string => `<pre><code class="programlisting nix">${c.replace(/"/g, '&quot;')}</code></pre>`;
const nxHtml = `<?xml version="1.0" encoding="utf-8" standalone="no"?>
<!DOCTYPE html>
<html xmlns="http://www.w3.org/1999/xhtml"><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8">
<title>Swap and Zram</title><link rel="stylesheet" type="text/css" href="style.css"><link rel="stylesheet" type="text/css" href="highlightjs/mono-blue.css">
<script src="highlightjs/highlight.pack.js" type="text/javascript"></script><script src="highlightjs/loader.js" type="text/javascript"></script>
<script src="anchor-use.js" type="text/javascript"></script><script src="anchor.min.js" type="text/javascript"></script>
<meta name="generator" content="nixos-render-docs"><link rel="home" href="index.html" title="NixOS Manual"><link rel="up" href="ch-configuration.html"
title="Configuration">
<link rel="prev" href="ch-file-systems.html" title="File Systems"><link rel="next" href="ch-networking.html" title="Networking"></head>
<body><div class="navheader"><table width="100%" summary="Navigation header"><tr><th colspan="3" align="center">Chapter 14. Swap and Zram</th></tr>
<tr><td width="20%" align="left"><a accesskey="p" href="ch-file-systems.html">${nxNav[0]}</a> </td><th width="60%" align="center">${nxNav[1]}</th>
<td width="20%" align="right"> <a accesskey="n" href="ch-networking.html">${nxNav[2]}</a></td></tr></table><hr></div>
<div class="chapter"><div class="titlepage"><div><div><h2 class="title"><a id="ch-swap"></a>${nxTitle}</h2></div></div></div>
<div class="toc"><p><strong>${nxToc[0]}</strong></p><dl class="toc"><dt><span class="section"><a href="ch-swap.html#sec-swap-files">${nxToc[1]}</a></span></dt>
<dt><span class="section"><a href="ch-swap.html#sec-zram">${nxToc[2]}</a></span></dt><dt><span class="section"><a
href="ch-swap.html#sec-swappiness">${nxToc[3]}</a></span></dt>
</dl></div>
<p>${nxP0[0]}</p>
<div class="section">${nxSec('', 'sec-swap-files', nxH1)}
<p>${nxP1[0]}</p>
${nxPre(nxCode1)}
${nxP1
  .slice(1)
  .map((p) => `<p>${p}</p>`)
  .join('\n')}</div>
<div class="section">${nxSec('', 'sec-zram', nxH2)}
<p>${nxP2[0]}</p>
${nxPre(nxCode2)}
<div class="note"><h3 class="title">Note</h3><p>${nxNote}</p></div>
<p>${nxP3[0]}</p></div>
<div class="section">${nxSec('', 'sec-swappiness', nxH3)}
<p>${nxP4[0]}</p>
${nxPre(nxCode3)}
<p>${nxP4[1]}</p></div></div>
<div class="navfooter"><hr><table width="100%" summary="Navigation footer"><tr><td width="40%" align="left"><a accesskey="p"
href="ch-file-systems.html">${nxNav[0]}</a> </td>
<td width="20%" align="center"><a accesskey="u" href="ch-configuration.html">${nxNav[3]}</a></td><td width="40%" align="right"> <a accesskey="n"
href="ch-networking.html">${nxNav[2]}</a></td></tr><tr><td width="40%" align="left" valign="top">${nxNav[5]} </td><td width="20%" align="center">
<a accesskey="h" href="index.html">${nxNav[4]}</a></td><td width="40%" align="right" valign="top"> ${nxNav[6]}</td></tr></table></div></body></html>`;
export const nixosPage: TestPage = {
  name: 'heldout168-nixos-manual',
  kind: 'docs',
  html: nxHtml,
  // the navheader repeats the chapter title (left out); the chapter's "Table of Contents" entries repeat the headings and are
  // left out, its label is furniture; the note is body, its "Note" label furniture; program listings are in neither list
  title: nxTitle,
  headings: [nxH1, nxH2, nxH3],
  body: texts([...nxP0, ...nxP1, ...nxP2, nxNote, ...nxP3, ...nxP4]),
  bylines: [],
  furniture: [...nxNav, 'Table of Contents', 'Note'],
};
