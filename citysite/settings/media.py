"""Where uploaded files live: the public media (Wagtail images and documents, under MEDIA_URL) and residents'
private photos (served only through the feedback plugin's privacy-gated photo view). Each store is a local
folder, or an S3-compatible bucket when the environment names one; several app servers need the bucket, or
one shared folder."""

import os


def s3_storage(bucket, **options):
    return {
        "BACKEND": "storages.backends.s3.S3Storage",
        "OPTIONS": {
            "bucket_name": bucket,
            # Unset: AWS itself. MinIO, Ceph, UpCloud and the like give their own endpoint.
            "endpoint_url": os.environ.get("S3_ENDPOINT_URL") or None,
            "region_name": os.environ.get("S3_REGION_NAME") or None,
            "addressing_style": os.environ.get("S3_ADDRESSING_STYLE") or None,
            # No ACL is sent with an upload, so every object gets its bucket's policy and nothing else.
            "default_acl": None,
            **options,
        },
    }


def public_media_storage():
    bucket = os.environ.get("MEDIA_S3_BUCKET")
    if not bucket:
        return {"BACKEND": "django.core.files.storage.FileSystemStorage"}
    # Editors' images and documents are public: plain, unsigned URLs that pages and caches can keep, on the
    # bucket or on a CDN in front of it. Two uploads named alike must not overwrite each other.
    return s3_storage(
        bucket,
        querystring_auth=False,
        custom_domain=os.environ.get("MEDIA_S3_CUSTOM_DOMAIN") or None,
        file_overwrite=False,
    )


def photo_storage(default_root):
    bucket = os.environ.get("PHOTO_STORAGE_S3_BUCKET")
    if not bucket:
        return {
            "BACKEND": "django.core.files.storage.FileSystemStorage",
            "OPTIONS": {"location": os.environ.get("PRIVATE_MEDIA_ROOT", str(default_root))},
        }
    # A bucket of its own with no public access: the site never hands out a photo's storage URL (the photo view
    # streams it), and any URL the storage could make is signed. Names are random, so nothing is overwritten.
    return s3_storage(bucket, querystring_auth=True, custom_domain=None, file_overwrite=True)
