import { expect, fixture, html } from '@open-wc/testing';
import { render } from 'lit';
import { styleProps, type StyleProps } from './style-props.js';

describe('styleProps', () => {
  const view = (props: StyleProps) => html`<div ${styleProps(props)}></div>`;

  it('sets, changes and removes inline styles, custom properties included', async () => {
    const host = await fixture<HTMLDivElement>(html`<div></div>`);
    render(view({ left: '10%', '--_fill': '#081d58' }), host);
    const div = host.firstElementChild as HTMLDivElement;
    expect(div.style.left).to.equal('10%');
    expect(div.style.getPropertyValue('--_fill')).to.equal('#081d58');
    render(view({ left: '20%', top: undefined }), host);
    expect(div.style.left).to.equal('20%');
    expect(div.style.getPropertyValue('--_fill')).to.equal('');
    expect(div.style.top).to.equal('');
    render(view({ top: '5px' }), host);
    expect(div.style.left).to.equal('');
    expect(div.style.top).to.equal('5px');
  });

  it('refuses attribute position, where it would have to write the style attribute', async () => {
    const host = await fixture<HTMLDivElement>(html`<div></div>`);
    expect(() => render(html`<div style=${styleProps({ left: '1px' })}></div>`, host)).to.throw(
      'element position',
    );
  });
});
