// The remark plugins of every Markdown and MDX body, shared by the Astro build and the content check so that
// both read a body as the same tree.
import remarkGfm from 'remark-gfm';
import remarkCjkFriendly from 'remark-cjk-friendly';

/**
 * GFM for tables; `singleTilde: false` because Korean ranges are written with one tilde (`TRL 1~6단계 … 7~9단계`)
 * and must never become strikethrough. remark-cjk-friendly makes `**강조**를` bold.
 */
export const remarkPlugins = [[remarkGfm, { singleTilde: false }] as [typeof remarkGfm, { singleTilde: boolean }], remarkCjkFriendly];
