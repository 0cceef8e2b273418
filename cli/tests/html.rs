//! `--format html`: a page that escapes its text, and that a browser draws.

use crate::extract::{run, temp_dir, SAMPLE};
use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};
use std::time::{Duration, Instant};

#[test]
fn the_page_escapes_the_text() {
    let text = "Niamey, 3 juin 2024\n<script>alert('x')</script> R&D & le ministre nigérien.";
    let out = run(&["--format", "html", "-"], text.as_bytes());
    assert!(out.status.success());
    let page = String::from_utf8(out.stdout).unwrap();
    assert!(page.starts_with("<!DOCTYPE html>"));
    assert!(!page.contains("<script"), "{page}");
    assert!(page.contains("&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt; R&amp;D &amp; le "));
    assert!(
        !page.contains("src=") && !page.contains("href="),
        "no external asset"
    );
}

/// The sample's page drawn by headless Chromium, checked not blank: the page's background, and
/// the colour of every kind of mention the sample holds, are in the picture. Skipped when
/// `chromium` is absent (`.ci/run` installs it). With `COMMUNIQUE_UPDATE_SCREENSHOT=1` the
/// picture is written to `docs/extract-html.png`, the README's.
#[test]
fn chromium_draws_the_sample() {
    let Some(chromium) = find_chromium() else {
        eprintln!("skipped: chromium is absent");
        return;
    };
    let out = run(&["--format", "html", SAMPLE], b"");
    assert!(out.status.success());
    let dir = temp_dir("html");
    let page = dir.join("sample.html");
    std::fs::write(&page, &out.stdout).unwrap();
    let png = dir.join("sample.png");
    screenshot(&chromium, &page, &png, &dir.join("profile"));
    let (width, height, pixels) = read_png(&png);
    assert_eq!((width, height), (1200, 1600));

    let count = |rgb: [u8; 3]| pixels.iter().filter(|p| **p == rgb).count();
    let total = pixels.len();
    let background = count([0xf6, 0xf5, 0xf1]);
    assert!(
        background > total / 10,
        "background: {background} of {total}"
    );
    assert!(
        background < total * 9 / 10,
        "mostly blank: {background} of {total}"
    );
    let white = count([0xff, 0xff, 0xff]);
    assert!(white > total / 10, "the text's card: {white} of {total}");
    // The background of each kind of mention (src/render/page.css).
    for (kind, rgb) in [
        ("person", [0xfd, 0xe2, 0xe4]),
        ("title", [0xff, 0xf0, 0xc2]),
        ("country", [0xd7, 0xf2, 0xcc]),
        ("demonym", [0xcd, 0xee, 0xe9]),
        ("date", [0xdd, 0xe9, 0xff]),
        ("organization", [0xec, 0xdf, 0xff]),
        ("place", [0xff, 0xe2, 0xc6]),
    ] {
        assert!(count(rgb) > 100, "{kind}: {} pixels", count(rgb));
    }
    if std::env::var_os("COMMUNIQUE_UPDATE_SCREENSHOT").is_some() {
        let docs = Path::new(env!("CARGO_MANIFEST_DIR")).join("../docs/extract-html.png");
        std::fs::copy(&png, docs).unwrap();
    }
    let _ = std::fs::remove_dir_all(&dir);
}

/// `chromium` (Debian) or `chromium-browser`, when one runs.
fn find_chromium() -> Option<PathBuf> {
    ["chromium", "chromium-browser"]
        .into_iter()
        .find_map(|name| {
            let ok = Command::new(name)
                .arg("--version")
                .stdout(Stdio::null())
                .stderr(Stdio::null())
                .status()
                .is_ok_and(|s| s.success());
            ok.then(|| PathBuf::from(name))
        })
}

/// Draws `page` to `png` at 1200 × 1600, without network, GPU or sandbox, within a minute.
fn screenshot(chromium: &Path, page: &Path, png: &Path, profile: &Path) {
    let mut child = Command::new(chromium)
        .args([
            "--headless",
            "--no-sandbox",
            "--disable-gpu",
            "--disable-background-networking",
            "--disable-component-update",
            "--disable-sync",
            "--no-first-run",
            "--hide-scrollbars",
            "--window-size=1200,1600",
        ])
        .arg(format!("--user-data-dir={}", profile.display()))
        .arg(format!("--screenshot={}", png.display()))
        .arg(format!("file://{}", page.display()))
        .stdout(Stdio::null())
        .stderr(Stdio::null())
        .spawn()
        .unwrap();
    let deadline = Instant::now() + Duration::from_secs(60);
    loop {
        if let Some(status) = child.try_wait().unwrap() {
            assert!(status.success(), "chromium: {status}");
            break;
        }
        if Instant::now() > deadline {
            let _ = child.kill();
            panic!("chromium took more than a minute");
        }
        std::thread::sleep(Duration::from_millis(100));
    }
    assert!(png.exists(), "chromium wrote no screenshot");
}

/// The picture's size and its pixels as RGB.
fn read_png(path: &Path) -> (u32, u32, Vec<[u8; 3]>) {
    let mut decoder = png::Decoder::new(std::fs::File::open(path).unwrap());
    decoder.set_transformations(png::Transformations::normalize_to_color8());
    let mut reader = decoder.read_info().unwrap();
    let mut buf = vec![0; reader.output_buffer_size()];
    let info = reader.next_frame(&mut buf).unwrap();
    let channels = info.color_type.samples();
    let pixels = buf[..info.buffer_size()]
        .chunks(channels)
        .map(|p| match p.len() {
            1 | 2 => [p[0]; 3],
            _ => [p[0], p[1], p[2]],
        })
        .collect();
    (info.width, info.height, pixels)
}
