/**
 * The stylesheet of `datatable`: Flutter's DataTable metrics (56 px heading, 48 px rows,
 * 24 px margins, 56 px column spacing, 1 px outline-variant dividers) as CSS variables
 * that the table's props override, and the Material 3 state layers of rows.
 * @module
 */

const c = (role: string) => `var(--md-sys-color-${role})`;
const mix = (color: string, percent: number) =>
  `color-mix(in srgb,${color} ${percent}%,transparent)`;
const layer = (value: string) => `linear-gradient(${value},${value})`;

const T = ".flet-dt-table";
const HEAD = `${T}>thead>tr>th`;
const CELL = `${T}>tbody>tr>td`;
const ANY = `${T}>*>tr>*`;

/** The CSS of data tables, appended to the pack's stylesheet. */
export const DATA_TABLE_CSS = `
.flet-datatable{display:block;box-sizing:border-box;max-width:100%;overflow-x:auto;overflow-y:hidden;align-self:flex-start}
.flet-dt-box{box-sizing:border-box;width:max-content;min-width:100%;min-height:100%}
.flet-dt-box.flet-dt-clip{overflow:hidden}
${T}{border-collapse:separate;border-spacing:0}
${ANY}{box-sizing:border-box;padding:0 calc(var(--dt-cs,56px)/2);vertical-align:middle;text-align:start}
${ANY}:nth-child(2){padding-inline-start:var(--dt-hm,24px)}
${T}.flet-dt-checks>*>tr>:nth-child(2){padding-inline-start:calc(var(--dt-hm,24px)/2)}
${ANY}:last-child{padding-inline-end:var(--dt-hm,24px)}
${ANY}.flet-dt-check{width:18px;padding:0 var(--dt-chm,calc(var(--dt-hm,24px)/2))}
${T}:not(.flet-dt-checks)>*>tr>.flet-dt-check{display:none}
${T}.flet-dt-checks>*>tr>*+*,${T}:not(.flet-dt-checks)>*>tr>*+*+*{border-inline-start:var(--dt-vline,none)}
${T}>thead{font:500 14px/20px Roboto,system-ui,sans-serif;letter-spacing:.1px;color:${c("on-surface")}}
${T}>tbody{font:400 14px/20px Roboto,system-ui,sans-serif;letter-spacing:.25px;color:${c("on-surface")}}
${T}>thead>tr{background-color:var(--dt-head-bg,transparent)}
.flet-dt-head{all:unset;box-sizing:border-box;display:flex;align-items:center;gap:2px;height:var(--dt-head-h,56px);width:100%;font:inherit;color:inherit;letter-spacing:inherit;white-space:nowrap}
button.flet-dt-head{cursor:pointer}
button.flet-dt-head:focus-visible{outline:2px solid ${c("secondary")};outline-offset:-2px;border-radius:4px}
button.flet-dt-head:disabled{cursor:default}
${HEAD}.flet-dt-numeric>.flet-dt-head{flex-direction:row-reverse}
.flet-dt-arrow{font-size:18px;opacity:0;transition:opacity 150ms,transform 150ms}
${HEAD}.flet-dt-sorted .flet-dt-arrow{opacity:1}
${HEAD}.flet-dt-desc .flet-dt-arrow{transform:rotate(180deg)}
${HEAD}:not(.flet-dt-sorted)>button.flet-dt-head:hover .flet-dt-arrow{opacity:.38}
${CELL}{border-top:var(--dt-hline,var(--dt-divider,1px) solid ${c("outline-variant")})}
${T}.flet-dt-bottom>tbody>tr:last-child>td{border-bottom:var(--dt-divider,1px) solid ${c("outline-variant")}}
.flet-dt-cell{box-sizing:border-box;display:flex;align-items:center;gap:8px;min-height:var(--dt-row-min,48px);max-height:var(--dt-row-max,48px);overflow:hidden;white-space:nowrap}
.flet-dt-cell>:first-child{flex:0 1 auto;min-width:0}
.flet-dt-cell[role=button]{cursor:pointer;outline:none}
.flet-dt-cell[role=button]:focus-visible{box-shadow:inset 0 0 0 2px ${c("secondary")};border-radius:4px}
.flet-dt-placeholder>.flet-dt-cell{color:${c("on-surface-variant")}}
.flet-dt-edit{font-size:18px;color:${c("on-surface-variant")}}
${T}>tbody>tr{background-color:var(--dt-bg,transparent)}
${T}>tbody>tr.flet-selected{background-color:var(--dt-bg-selected,${mix(c("primary"), 8)})}
${T}>tbody>tr.flet-dt-active{cursor:pointer}
${T}>tbody>tr.flet-dt-active:hover>td{background-image:${layer(`var(--dt-hover,${mix(c("on-surface"), 8)})`)}}
${T}>tbody>tr.flet-dt-active:has(:focus-visible)>td{background-image:${layer(`var(--dt-focused,${mix(c("on-surface"), 10)})`)}}
${T}>tbody>tr.flet-dt-active:active>td{background-image:${layer(`var(--dt-pressed,${mix(c("on-surface"), 10)})`)}}
${T}>tbody>tr>td.flet-dt-tappable:hover{background-image:${layer(mix(c("on-surface"), 8))}}
${T}>tbody>tr>td.flet-dt-tappable:active{background-image:${layer(mix(c("on-surface"), 10))}}
.flet-dt-checkbox{appearance:none;box-sizing:border-box;display:block;margin:0;width:18px;height:18px;border:2px solid ${c("on-surface-variant")};border-radius:2px;background:transparent center/14px no-repeat;cursor:pointer;outline:none;position:relative}
.flet-dt-checkbox::before{content:"";position:absolute;inset:-13px;border-radius:50%}
.flet-dt-checkbox:hover::before{background:${mix(c("on-surface"), 8)}}
.flet-dt-checkbox:focus-visible::before{background:${mix(c("on-surface"), 10)};box-shadow:0 0 0 3px ${c("secondary")}}
.flet-dt-checkbox:checked,.flet-dt-checkbox:indeterminate{border-color:${c("primary")};background-color:${c("primary")}}
.flet-dt-checkbox:checked::after,.flet-dt-checkbox:indeterminate::after{content:"";position:absolute;left:3px;top:0;width:5px;height:10px;border:solid ${c("on-primary")};border-width:0 2px 2px 0;transform:rotate(45deg)}
.flet-dt-checkbox:indeterminate::after{left:1px;top:5px;width:12px;height:0;border-width:0 0 2px;transform:none}
.flet-dt-checkbox:disabled{cursor:default;border-color:${mix(c("on-surface"), 38)}}
.flet-dt-checkbox:disabled:checked{background-color:${mix(c("on-surface"), 38)};border-color:transparent}
`;

/**
 * The rules that right-align the cells of numeric columns (`nth` are 1-based child
 * positions, the checkbox cell being the first) of the table whose root has `id`.
 */
export function numericCss(id: string, nth: readonly number[]): string {
  const scope = `.flet-datatable[data-flet-id="${CSS.escape(id)}"]>.flet-dt-box>${CELL}`;
  return nth
    .map(
      (n) =>
        `${scope}:nth-child(${n})>.flet-dt-cell{justify-content:flex-end;text-align:end}${scope}:nth-child(${n})>.flet-dt-cell>.flet-dt-edit{order:-1}`,
    )
    .join("\n");
}
