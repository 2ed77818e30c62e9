// Taro's H5 navigation bar, styled like WeChat's (see navigation-bar.d.ts).
import '../styles/h5-navigation-bar.css';
