/** Held-out batch 73: the FAQ and the Lasso product boxes of the WordPress affiliate review page of file a. */

export const waFaq = [
  {
    q: 'Can a cordless blower handle wet leaves?',
    a:
      'Yes, but only the stronger ones. Below about 400 cubic feet per minute, wet leaves tend to roll rather than lift; rake the ' +
      'worst patches first or wait for an afternoon of sun.',
  },
  {
    q: 'Should I buy a bare tool or a kit?',
    a:
      'Buy the bare tool only if you already own two batteries from the same range. A single battery that also runs your trimmer ' +
      'will always be flat when you need it.',
  },
];
export interface Lasso {
  badge: string;
  name: string;
  price: string;
  desc: string;
}
export const waBoxes: Lasso[] = [
  { badge: 'Top Pick', name: 'Brindle Gust 40V Cordless Leaf Blower Kit', price: '$149.99', desc: 'Includes 2.5 Ah battery and rapid charger' },
  { badge: 'Budget Pick', name: 'Tamsin PowerLeaf 20V Blower (Tool Only)', price: '$89.00', desc: 'Battery and charger sold separately' },
  { badge: 'Low Noise', name: 'Orvale Hush 36V Low-Noise Blower', price: '$179.00', desc: 'Rated 58 dB at 50 ft' },
  { badge: 'Most Powerful', name: 'Kestrel Torrent 56V Brushless Blower', price: '$229.00', desc: '650 CFM with turbo boost' },
];
export const waLasso = (b: Lasso): string => `<div class="lasso-container"><div class="lasso-display theme-cactus lasso-badge-wrap">
<div class="lasso-badge">${b.badge}</div><div class="lasso-box-1"><a class="lasso-title" target="_blank" href="/go/${b.name.split(' ')[0]!.toLowerCase()}/"
rel="nofollow noopener sponsored">${b.name}</a>
<div class="lasso-price"><div class="lasso-price-value"><span class="latest-price">${b.price}</span></div></div><div class="clear"></div>
<div class="lasso-description">${b.desc}</div></div>
<div class="lasso-box-2"><a class="lasso-image" target="_blank" href="/go/" rel="nofollow noopener sponsored">
<img loading="lazy" src="/wp-content/uploads/lasso/${b.price.slice(1, 4)}.jpg" alt="${b.name}" width="300" height="300"></a></div>
<div class="lasso-box-3"><a class="lasso-button-1" target="_blank" href="/go/" rel="nofollow noopener sponsored">Check Price at Greenmart</a></div>
<div class="lasso-box-4"><a class="lasso-button-2" target="_blank" href="/go/" rel="nofollow noopener sponsored">Read Reviews</a></div>
<div class="lasso-date">Last updated on September 8, 2025 • Affiliate links</div></div></div>`;
