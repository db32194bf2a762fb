/** 智慧医保 home: the channel's name; its services arrive with their features. */
export default function MobileHome() {
  return (
    <section className="m-home">
      <h1 className="m-home-title">智慧医保</h1>
      <p className="m-home-sub">医保公共服务平台移动端</p>
    </section>
  );
}
