# Reading job ads from images (src/ocr). English.

ocr-reading = 🔎 Reading the text in the image…
ocr-read-intro = I read this text from the image:
ocr-no-text = I could not find any readable text in this image. Try a sharper, straight photo, or paste the text of the ad here.
ocr-low-confidence = This image was hard to read, so some words above may be misread.
ocr-phone-caveat = ⚠️ Phone numbers read from an image may be misread. Compare them with the original image before you call or report them.

ocr-error-empty = The image file is empty. Please send the image again.
ocr-error-not-an-image = This file is not an image. Send a photo or screenshot of the ad, or paste its text here.
ocr-error-unsupported-format = I cannot read this image format yet. Send it as a normal photo (JPG, PNG or WebP) or a screenshot, or paste the text of the ad here.
ocr-error-too-large = The image is too large (over { $maxMb } MB). Send it as a normal photo rather than a file, or crop it to the ad.
ocr-error-too-many-pixels = The image is too big to read. Crop it to the ad, or send it as a normal photo.
ocr-error-unreadable = The image is damaged or cut off, so I cannot read it. Try sending it again, or paste the text of the ad here.
ocr-error-timeout = Reading this image took too long. Try cropping it to the ad, or paste the text here.
ocr-error-busy = Many images are being read right now. Please send it again in a moment, or paste the text of the ad here.
ocr-error-download-failed = I could not fetch the image from Telegram. Please send it again in a moment.
ocr-error-unavailable = Reading images is not working right now. Paste the text of the ad here and I can still check it.
ocr-error-not-found = That image file was not found.
